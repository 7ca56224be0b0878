import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { SimulationAnswer, SimulationDecision } from '../../../../../shared/domain/roles';

const DECISION: Record<SimulationDecision, { label: string; type: 'success' | 'error' | 'stopped' }> = {
  allowed: { label: 'Allowed', type: 'success' },
  explicitDeny: { label: 'Explicitly denied', type: 'error' },
  implicitDeny: { label: 'Implicitly denied', type: 'stopped' },
};

/** The simulator's answer per action and resource, in words: "Allowed by … statement 1", "Implicitly denied". */
export function SimulationResults({ answer }: { answer: SimulationAnswer }) {
  if (!answer.available) {
    return (
      <p className="notice" role="status" data-testid="simulate-unavailable">
        {answer.message}
      </p>
    );
  }
  return (
    <ul className="role-simulation" data-testid="simulate-results" aria-live="polite">
      {answer.results.map((r) => (
        <li key={`${r.action} ${r.resource}`} data-testid="simulate-result" data-decision={r.decision}>
          <StatusIndicator type={DECISION[r.decision].type}>{DECISION[r.decision].label}</StatusIndicator>{' '}
          <code>{r.action}</code> on <code>{r.resource}</code>
          <p data-testid="simulate-explanation">{r.explanation}</p>
        </li>
      ))}
    </ul>
  );
}
