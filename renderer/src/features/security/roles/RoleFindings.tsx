import type { RoleFinding } from '../../../../../shared/domain/roles';
import { statementLabel } from '../../../../../shared/domain/roles';

const SEVERITY = { high: 'High', medium: 'Medium', low: 'Low' } as const;

function sourceWords(f: RoleFinding): string | undefined {
  if (!f.source) return undefined;
  const version = f.source.versionId ? ` (${f.source.versionId})` : '';
  return `${statementLabel(f.source)}${version}${f.source.sid ? `, Sid ${f.source.sid}` : ''}`;
}

/** A role's findings, worst first, each with the statement it comes from and its fix. */
export function RoleFindings({ findings }: { findings: RoleFinding[] }) {
  if (findings.length === 0) return <p data-testid="role-no-findings">No findings: the role's policies name their actions and resources, it has a boundary and its trust is limited.</p>;
  return (
    <ul className="role-findings" data-testid="role-findings">
      {findings.map((f, index) => (
        <li key={`${f.kind}-${index}`} data-testid={`role-finding-${f.kind}`} data-severity={f.severity}>
          <p>
            <strong className={`role-severity role-severity-${f.severity}`}>{SEVERITY[f.severity]}</strong> {f.title}
          </p>
          {sourceWords(f) && <p className="role-finding-source">From {sourceWords(f)}</p>}
          <p className="role-finding-fix">Fix: {f.fix}</p>
        </li>
      ))}
    </ul>
  );
}
