import { gzipSync } from 'node:zlib';

/**
 * Believable, deterministic demo content for the churn pipeline's bucket: raw customer and usage
 * CSVs, XGBoost-ready train/validation/test splits, the two pipeline scripts and model archives.
 * A seeded generator keeps every run byte-identical, so ETags and sizes are stable.
 */

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const CONTRACTS = ['month-to-month', 'one-year', 'two-year'] as const;
const PAYMENTS = ['electronic-check', 'mailed-check', 'bank-transfer', 'credit-card'] as const;

interface Customer {
  id: string;
  gender: string;
  senior: number;
  partner: string;
  tenure: number;
  contract: (typeof CONTRACTS)[number];
  payment: string;
  monthly: number;
  total: number;
  tickets: number;
  churned: number;
}

function customers(count: number, seed: number): Customer[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const contract = pick(random, CONTRACTS);
    const tenure = contract === 'month-to-month' ? 1 + Math.floor(random() * 30) : 6 + Math.floor(random() * 66);
    const monthly = Math.round((19 + random() * 90) * 100) / 100;
    const tickets = Math.floor(random() * random() * 8);
    // Short month-to-month tenures with many tickets churn most, as in the real data set.
    const risk = (contract === 'month-to-month' ? 0.35 : 0.08) + tickets * 0.06 - tenure * 0.003 + (monthly > 80 ? 0.1 : 0);
    return {
      id: `C${String(100_001 + i)}`,
      gender: random() < 0.5 ? 'female' : 'male',
      senior: random() < 0.16 ? 1 : 0,
      partner: random() < 0.48 ? 'yes' : 'no',
      tenure,
      contract,
      payment: pick(random, PAYMENTS),
      monthly,
      total: Math.round(monthly * tenure * (0.95 + random() * 0.1) * 100) / 100,
      tickets,
      churned: random() < risk ? 1 : 0,
    };
  });
}

/** `raw/customers.csv`, version 1..3: the export grows and gets corrected over time. */
export function customersCsv(version: number): string {
  const rows = customers(80 + version * 40, 1000 + version);
  const header = 'customer_id,gender,senior_citizen,partner,tenure_months,contract,payment_method,monthly_charges,total_charges,support_tickets,churned';
  const lines = rows.map((c) => [c.id, c.gender, c.senior, c.partner, c.tenure, c.contract, c.payment, c.monthly.toFixed(2), c.total.toFixed(2), c.tickets, c.churned].join(','));
  return `${header}\n${lines.join('\n')}\n`;
}

/**
 * `raw/usage/<date>.csv`: one day of usage, ten slots per customer for 200 customers. With
 * `badLine`, that line's monthly_charges reads `N/A`: the defect the demo's failed nightly
 * preprocessing job reports.
 */
export function usageCsv(date: string, seed: number, badLine?: number): string {
  const random = seededRandom(seed);
  const plans = customers(200, 1003);
  const lines: string[] = [];
  for (const customer of plans) {
    for (let slot = 0; slot < 10; slot++) {
      const sessions = 1 + Math.floor(random() * 12);
      const charges = lines.length + 2 === badLine ? 'N/A' : customer.monthly.toFixed(2);
      lines.push([customer.id, date, slot * 2 + 4, sessions, Math.round(sessions * (3 + random() * 12)), (random() * 0.8).toFixed(3), Math.floor(random() * random() * 3), charges].join(','));
    }
  }
  return `customer_id,date,hour,sessions,minutes_used,data_gb,dropped_calls,monthly_charges\n${lines.join('\n')}\n`;
}

/** A SageMaker model-quality report (binary classification) for a registered model version. */
export function evaluationJson(jobName: string, evaluatedAt: number): string {
  const random = seededRandom([...jobName].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7));
  const auc = 0.84 + random() * 0.07;
  const precision = 0.7 + random() * 0.12;
  const recall = 0.62 + random() * 0.15;
  const value = (v: number) => ({ value: Math.round(v * 10_000) / 10_000, standard_deviation: 'NaN' });
  const report = {
    version: 0.0,
    dataset: { item_count: 1055, evaluation_time: new Date(evaluatedAt).toISOString() },
    binary_classification_metrics: {
      auc: value(auc),
      accuracy: value(0.78 + random() * 0.08),
      precision: value(precision),
      recall: value(recall),
      f1: value((2 * precision * recall) / (precision + recall)),
    },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** XGBoost CSV (label first, no header): churned, tenure, monthly, total, tickets, contract one-hot. */
export function splitCsv(split: 'train' | 'validation' | 'test', version: number): string {
  const sizes = { train: 140, validation: 30, test: 30 };
  const rows = customers(sizes[split], 5000 + version * 10 + Object.keys(sizes).indexOf(split));
  const lines = rows.map((c) => {
    const oneHot = CONTRACTS.map((k) => (k === c.contract ? 1 : 0));
    const scaled = [c.tenure / 72, c.monthly / 120, c.total / 8000].map((v) => v.toFixed(4));
    const extra = version >= 2 ? [c.senior, c.partner === 'yes' ? 1 : 0] : [];
    return [c.churned, ...scaled, c.tickets, ...oneHot, ...extra].join(',');
  });
  return `${lines.join('\n')}\n`;
}

export const PREPROCESS_PY = `"""Churn preprocessing: joins raw customers with usage and writes XGBoost-ready splits."""
import argparse
import glob
import os

import pandas as pd
from sklearn.model_selection import train_test_split

BASE = "/opt/ml/processing"
CONTRACTS = ["month-to-month", "one-year", "two-year"]


def load(base):
    customers = pd.read_csv(os.path.join(base, "input/raw/customers.csv"))
    usage = pd.concat(pd.read_csv(f) for f in sorted(glob.glob(os.path.join(base, "input/raw/usage/*.csv"))))
    daily = usage.groupby("customer_id")[["sessions", "minutes_used", "dropped_calls"]].mean().reset_index()
    return customers.merge(daily, on="customer_id", how="left").fillna(0)


def features(df):
    out = pd.DataFrame({"churned": df["churned"]})
    out["tenure"] = df["tenure_months"] / 72
    out["monthly"] = df["monthly_charges"] / 120
    out["total"] = df["total_charges"] / 8000
    out["tickets"] = df["support_tickets"]
    for contract in CONTRACTS:
        out[f"contract_{contract}"] = (df["contract"] == contract).astype(int)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--test-size", type=float, default=0.15)
    args = parser.parse_args()
    data = features(load(BASE))
    train, rest = train_test_split(data, test_size=2 * args.test_size, stratify=data["churned"], random_state=42)
    validation, test = train_test_split(rest, test_size=0.5, stratify=rest["churned"], random_state=42)
    for name, frame in (("train", train), ("validation", validation), ("test", test)):
        os.makedirs(f"{BASE}/output/{name}", exist_ok=True)
        frame.to_csv(f"{BASE}/output/{name}/{name}.csv", header=False, index=False)
    print(f"rows: train={len(train)} validation={len(validation)} test={len(test)}")
`;

export const TRAIN_PY = `"""Churn model training (XGBoost script mode); reports validation AUC for the experiment."""
import argparse
import os

import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score


def read(channel):
    path = os.environ[f"SM_CHANNEL_{channel.upper()}"]
    frame = pd.concat(pd.read_csv(os.path.join(path, f), header=None) for f in os.listdir(path))
    return xgb.DMatrix(frame.iloc[:, 1:], label=frame.iloc[:, 0])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--max_depth", type=int, default=5)
    parser.add_argument("--eta", type=float, default=0.2)
    parser.add_argument("--num_round", type=int, default=200)
    parser.add_argument("--subsample", type=float, default=0.8)
    args = parser.parse_args()

    train, validation = read("train"), read("validation")
    params = {"objective": "binary:logistic", "eval_metric": "auc", "max_depth": args.max_depth, "eta": args.eta, "subsample": args.subsample}
    booster = xgb.train(params, train, args.num_round, evals=[(train, "train"), (validation, "validation")], early_stopping_rounds=20)
    auc = roc_auc_score(validation.get_label(), booster.predict(validation))
    print(f"validation:auc={auc:.4f}")
    booster.save_model(os.path.join(os.environ["SM_MODEL_DIR"], "xgboost-model"))
`;

/** A real (tiny) gzipped tar holding `xgboost-model`, like SageMaker's model.tar.gz. */
export function modelArchive(jobName: string, mtimeSeconds: number): Buffer {
  const content = Buffer.from(`binary:logistic\nbooster[0]\n# trained by ${jobName}\n`);
  const header = Buffer.alloc(512);
  const field = (offset: number, length: number, value: string) => header.write(value.padEnd(length, '\0').slice(0, length), offset, 'latin1');
  field(0, 100, 'xgboost-model');
  field(100, 8, '0000644');
  field(108, 8, '0000000');
  field(116, 8, '0000000');
  field(124, 12, content.length.toString(8).padStart(11, '0'));
  field(136, 12, Math.floor(mtimeSeconds).toString(8).padStart(11, '0'));
  field(148, 8, '        ');
  field(156, 1, '0');
  field(257, 6, 'ustar');
  field(263, 2, '00');
  let sum = 0;
  for (const byte of header) sum += byte;
  field(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512);
  return gzipSync(Buffer.concat([header, content, padding, Buffer.alloc(1024)]), { level: 9 });
}
