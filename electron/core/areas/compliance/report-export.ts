import type { ComplianceExport, ComplianceReport } from '../../../../shared/domain/compliance';

const STATUS_WORD = { pass: 'Pass', fail: 'Fail', unknown: 'Could not check' } as const;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const frameworksOf = (c: ComplianceReport['controls'][number]) => c.frameworks.map((f) => `${f.framework} ${f.reference}`).join(' / ');

/** The header facts, in the same order in both files. */
function facts(r: ComplianceReport): [string, string][] {
  return [
    ['Account', r.accountId ?? 'unknown (GetCallerIdentity failed)'],
    ['Region', r.region],
    ['Profile', r.profile],
    ['Generated', r.generatedAt],
    ['Chosen data regions', r.chosenRegions.join(', ')],
  ];
}

export function toCsv(r: ComplianceReport): string {
  const rows: string[][] = [
    ...facts(r).map(([k, v]) => [k, v]),
    ['Statement', r.statement],
    ['Note', r.frameworksNote],
    [],
    ['Control', 'Status', 'Summary', 'Frameworks (indicative)', 'Evidence'],
    ...r.controls.map((c) => [c.title, STATUS_WORD[c.status], c.summary, frameworksOf(c), c.evidence.join('\n')]),
  ];
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function toHtml(r: ComplianceReport): string {
  const header = facts(r).map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('');
  const controls = r.controls
    .map(
      (c) =>
        `<tr class="${c.status}"><td>${escapeHtml(c.title)}</td><td>${STATUS_WORD[c.status]}</td><td>${escapeHtml(c.summary)}</td><td>${escapeHtml(frameworksOf(c))}</td><td><ul>${c.evidence.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul></td></tr>`,
    )
    .join('');
  const notRun = r.checksNotRun.length
    ? `<h2>Checks that could not run</h2><ul>${r.checksNotRun.map((n) => `<li>${escapeHtml(`${n.service} ${n.operation}: ${n.cause}`)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Compliance evidence — ${escapeHtml(r.accountId ?? r.profile)} ${escapeHtml(r.region)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;margin-bottom:1.5rem}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}tr.fail td:nth-child(2){font-weight:bold}</style></head>
<body><h1>Compliance evidence report</h1><p><strong>${escapeHtml(r.statement)}</strong></p><table>${header}</table>
<table><thead><tr><th>Control</th><th>Status</th><th>Summary</th><th>Frameworks (indicative)</th><th>Evidence</th></tr></thead><tbody>${controls}</tbody></table>
<p>${escapeHtml(r.frameworksNote)}</p>${notRun}</body></html>
`;
}

/** `sagedeck-compliance-<account>-<region>-<yyyymmddThhmmZ>`: a folder of exports sorts by account, region, time. */
export function exportFileName(r: ComplianceReport): string {
  const stamp = r.generatedAt.replace(/[-:]/g, '').slice(0, 13);
  return `sagedeck-compliance-${r.accountId ?? r.profile}-${r.region}-${stamp}Z`;
}

export const exportReport = (r: ComplianceReport): ComplianceExport => ({ html: toHtml(r), csv: toCsv(r), fileName: exportFileName(r) });
