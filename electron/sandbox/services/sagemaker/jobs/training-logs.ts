import type { Channel } from '@aws-sdk/client-sagemaker';
import { hash32 } from '../base/hash';
import { containerStamp, shortStamp, type LogLine } from '../base/logs';
import type { TrainingJobRecord } from '../base/records';

/** Rows and columns a channel "loads", stable per URI so reruns print the same shapes. */
function matrixFor(uri: string): { rows: number; cols: number } {
  const h = hash32(uri);
  return { rows: 4000 + (h % 2000), cols: 20 + (h % 5) };
}

/** What the XGBoost container prints on each instance as it starts. */
export function containerStartLines(job: TrainingJobRecord, ms: number, hostIndex: number): LogLine[] {
  const at = (message: string): LogLine => ({ timestamp: ms, message });
  const channels: Channel[] = job.request.InputDataConfig ?? [];
  const lines: LogLine[] = [at('Arguments: train'), at(`[${containerStamp(ms)}:INFO] Running standalone xgboost training.`)];
  if (!channels.some((c) => c.ChannelName === 'validation')) {
    lines.push(at(`[${containerStamp(ms)}:INFO] Path /opt/ml/input/data/validation does not exist!`));
  }
  lines.push(at(`[${containerStamp(ms)}:INFO] File size need to be processed in the node: ${(1 + (hash32(job.name) % 400) / 100).toFixed(2)}mb. Available memory size in the node: 7829.43mb`));
  lines.push(at(`[${containerStamp(ms)}:INFO] Determined delimiter of CSV input is ','`));
  for (const channel of channels) {
    const uri = channel.DataSource?.S3DataSource?.S3Uri ?? channel.ChannelName ?? '';
    const { rows, cols } = matrixFor(uri);
    lines.push(at(`[${shortStamp(ms)}] S3DistributionType set as FullyReplicated`));
    lines.push(at(`[${shortStamp(ms)}] ${rows}x${cols} matrix with ${rows * cols} entries loaded from /opt/ml/input/data/${channel.ChannelName}?format=csv&label_column=0&delimiter=,`));
  }
  if (hostIndex > 0) lines.push(at(`[${containerStamp(ms)}:INFO] Distributed node training with ${job.request.ResourceConfig?.InstanceCount ?? 1} hosts: algo-${hostIndex + 1} joined the tracker`));
  return lines;
}

export function failureLines(reason: string, ms: number): LogLine[] {
  return [
    { timestamp: ms, message: `[${containerStamp(ms)}:ERROR] Reporting training FAILURE` },
    { timestamp: ms, message: `[${containerStamp(ms)}:ERROR] ${reason}` },
  ];
}

export function stopLines(ms: number): LogLine[] {
  return [{ timestamp: ms, message: `[${containerStamp(ms)}:INFO] Received SIGTERM: stopping training and saving the current model` }];
}
