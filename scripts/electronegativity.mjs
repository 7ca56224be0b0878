#!/usr/bin/env node
/**
 * Runs @doyensec/electronegativity over the Electron and renderer sources and fails on any
 * finding. Electronegativity itself exits 0 whatever it finds, so this script reads its SARIF
 * report. The only findings allowed through are listed below, each with its reason; the same
 * reasons are in docs/security.md.
 *
 * Usage: node scripts/electronegativity.mjs [--root <dir>]
 *   --root  the project to scan (default: this repository); its electron/ and renderer/ are
 *           scanned together so the global checks see the whole app.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(repoRoot, 'package.json'));

/** The Electron version is passed with -e, so package.json is not scanned (it only yields an informational note). */
const SCANNED = ['electron', 'renderer'];

/**
 * Checks not run at all. AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list
 * from GitHub: its answer depends on the network and the day, not on this code. Keeping Electron
 * patched is the dependency update routine's job, not a test's.
 */
const EXCLUDED_CHECKS = [{ id: 'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', cliName: 'AvailableSecurityFixesGlobalCheck' }];

/** Findings that are reviewed by hand rather than fixed: electronegativity raises them for every app. */
const MANUAL_REVIEW = {
  PRELOAD_JS_CHECK: 'flags every preload script; the review is in docs/security.md ("Preload review").',
};

/**
 * Evaluates a CSP string with electronegativity's own evaluator and keeps what its CSP_GLOBAL_CHECK
 * counts (high, medium and their "maybe" forms; informational notes do not raise a finding).
 */
function cspFindings(policy) {
  const electronegativityRequire = createRequire(require.resolve('@doyensec/electronegativity/package.json'));
  const csp = electronegativityRequire('@doyensec/csp-evaluator');
  const counted = [csp.severities.HIGH, csp.severities.MEDIUM, csp.severities.HIGH_MAYBE, csp.severities.MEDIUM_MAYBE];
  const parsed = new csp.CspParser(policy);
  return new csp.CspEvaluator(parsed.csp, csp.Version.CSP3)
    .evaluate()
    .filter((finding) => counted.includes(finding.severity))
    .map((finding) => ({
      directive: finding.directive,
      value: finding.value,
      maybe: finding.severity === csp.severities.MEDIUM_MAYBE,
    }));
}

/**
 * False positives that cannot be satisfied in code, each matched as narrowly as possible: the
 * check, the file, and what the finding says.
 */
const SUPPRESSIONS = [
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/security.ts',
    matches: (finding) => /^(return )?shell\.openExternal\(href\)/.test(finding.sample),
    reason:
      'the one openExternal call (launchBrowser), reached only after isAllowedExternalUrl() accepted a link (http(s), no credentials, allow-listed host) or the core vetted an SSO verification URL for its profile (openVettedSignInUrl); the check flags any non-constant URL.',
  },
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'electron/main/security.ts',
    // Only the "'self' can be problematic if you host JSONP, Angular or user uploaded files" note:
    // the app:// origin serves nothing but the built bundle. Any other CSP weakness still fails.
    matches: (finding) => {
      if (!finding.sample.startsWith("default-src 'none';")) return false;
      const issues = cspFindings(finding.sample);
      return (
        issues.length > 0 &&
        issues.every((issue) => issue.maybe && issue.directive === 'script-src' && issue.value === "'self'")
      );
    },
    reason:
      "script-src 'self' is only a risk for origins that host JSONP or uploads; app://sagedeck serves the built bundle only.",
  },
];

function parseArgs(argv) {
  const args = { root: repoRoot };
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === '--root' && argv[index + 1]) args.root = resolve(argv[++index]);
    else {
      console.error(`electronegativity: unknown argument ${argv[index]}`);
      process.exit(2);
    }
  }
  return args;
}

function electronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

function stage(root) {
  const dir = mkdtempSync(join(tmpdir(), 'sagedeck-electronegativity-'));
  const scan = join(dir, 'scan');
  for (const part of SCANNED) {
    const from = join(root, part);
    if (existsSync(from)) cpSync(from, join(scan, part), { recursive: true });
  }
  return { dir, scan };
}

/**
 * With -o, electronegativity drops files it cannot parse without a word, which would make an
 * unparseable file look clean. Parse every staged file with its own parser first and stop if any fails.
 */
function assertParseable(scan) {
  const electronegativityRequire = createRequire(require.resolve('@doyensec/electronegativity/package.json'));
  const { Parser } = electronegativityRequire('./dist/parser/parser.js');
  const parser = new Parser(false, true);
  const failures = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(?:js|jsx|ts|tsx|html?)$/.test(entry.name)) {
        try {
          parser.parse(path, readFileSync(path, 'utf8'));
        } catch (error) {
          failures.push(`${relative(scan, path)}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  };
  visit(scan);
  if (failures.length > 0) throw new Error(`electronegativity cannot parse:\n  ${failures.join('\n  ')}`);
}

function runElectronegativity(scan, output) {
  const bin = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  const result = spawnSync(
    process.execPath,
    [
      bin,
      '-i',
      scan,
      '-o',
      output,
      '-e',
      electronVersion(),
      '-x',
      EXCLUDED_CHECKS.map((check) => check.cliName).join(','),
    ],
    // LANG picks the bundled English messages; the translation download it tries times out harmlessly.
    { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' }, timeout: 180_000 },
  );
  if (result.status !== 0 || !existsSync(output)) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`electronegativity did not produce a report (exit ${result.status ?? result.signal})`);
  }
}

/**
 * The source text a finding points at. SARIF (unlike electronegativity's CSV) carries no sample,
 * so it is read back from the scanned copy: 1-based line and column, charLength characters.
 */
function sourceAt(file, region, atLeast = 0) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const lineStart = lines.slice(0, region.startLine - 1).reduce((sum, line) => sum + line.length + 1, 0);
  const offset = lineStart + Math.max(0, (region.startColumn ?? 1) - 1);
  return text.slice(offset, offset + Math.max(region.charLength ?? 200, atLeast));
}

/** A CSP finding points at the headers object; the policy is the string literal inside it. */
function sampleOf(ruleId, text) {
  if (ruleId === 'CSP_GLOBAL_CHECK') return /"(default-src[^"]*)"/.exec(text)?.[1] ?? text;
  return text;
}

/**
 * Reads the SARIF report. (Its CSV writer appends the rows and writes the header with two racing
 * async writes, so the header sometimes lands over the first row: SARIF is written in one go.)
 */
function readFindings(output, scan) {
  const report = JSON.parse(readFileSync(output, 'utf8'));
  return (report.runs?.[0]?.results ?? []).map((result) => {
    const physical = result.locations?.[0]?.physicalLocation;
    const uri = physical?.artifactLocation?.uri;
    const region = physical?.region;
    const located = uri && region && existsSync(uri);
    return {
      id: String(result.ruleId).trim(),
      level: result.level ?? 'note',
      file: uri && uri !== 'N/A' ? relative(scan, uri).split(sep).join('/') : 'N/A',
      location: region ? `${region.startLine}:${region.startColumn}` : '',
      // A policy literal may run past the reported span: read far enough to reach its closing quote.
      sample: located ? sampleOf(result.ruleId, sourceAt(uri, region, result.ruleId === 'CSP_GLOBAL_CHECK' ? 4000 : 0)) : '',
      description: result.message?.text ?? '',
    };
  });
}

function classify(finding) {
  if (MANUAL_REVIEW[finding.id]) return { verdict: 'reviewed', reason: MANUAL_REVIEW[finding.id] };
  const suppression = SUPPRESSIONS.find(
    (rule) => rule.id === finding.id && rule.file === finding.file && rule.matches(finding),
  );
  if (suppression) return { verdict: 'suppressed', reason: suppression.reason };
  return { verdict: 'failing' };
}

function main() {
  const { root } = parseArgs(process.argv.slice(2));
  const { dir, scan } = stage(root);
  try {
    const output = join(dir, 'report.sarif');
    if (!existsSync(join(scan, 'electron')))
      throw new Error(`nothing to scan: ${join(root, 'electron')} does not exist`);
    assertParseable(scan);
    runElectronegativity(scan, output);
    const findings = readFindings(output, scan).map((finding) => ({ ...finding, ...classify(finding) }));
    for (const finding of findings) {
      const where = finding.file === 'N/A' ? '(whole app)' : `${finding.file}:${finding.location}`;
      console.log(
        `${finding.verdict.toUpperCase().padEnd(10)} ${finding.id} [${finding.level}] ${where}`,
      );
      console.log(`           ${finding.description}${finding.sample ? `: ${finding.sample.slice(0, 160)}` : ''}`);
      if (finding.reason) console.log(`           why allowed: ${finding.reason}`);
    }
    const failing = findings.filter((finding) => finding.verdict === 'failing');
    console.log(
      `electronegativity: ${findings.length} finding(s), ${failing.length} failing, ` +
        `${findings.length - failing.length} reviewed or suppressed (excluded checks: ${EXCLUDED_CHECKS.map((check) => check.id).join(', ')})`,
    );
    process.exitCode = failing.length > 0 ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`electronegativity: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
