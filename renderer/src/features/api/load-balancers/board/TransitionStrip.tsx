import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { TARGET_STATE_TYPE } from '../lb-format';
import { transitionWords, type TargetTransition } from './target-transitions';

const timeOf = (at: number) => new Date(at).toLocaleTimeString();

/** What changed since the board opened, newest first, with the time the board saw it. */
export function TransitionStrip({ transitions }: { transitions: TargetTransition[] }) {
  return (
    <Container header={<Header variant="h2" description="State changes seen since this board opened, newest first.">Recent changes</Header>}>
      {transitions.length === 0 ? (
        <Box color="text-body-secondary" data-testid="target-transitions-empty">
          No target has changed state since the board opened.
        </Box>
      ) : (
        <ol className="lb-transitions" data-testid="target-transitions">
          {transitions.map((transition) => (
            <li key={`${transition.key}/${transition.at}/${transition.to ?? 'gone'}`}>
              <time dateTime={new Date(transition.at).toISOString()}>{timeOf(transition.at)}</time>{' '}
              <StatusIndicator type={transition.to ? TARGET_STATE_TYPE[transition.to] : 'stopped'}>
                <code>{transition.id}</code>
                {transition.port !== undefined ? `:${transition.port}` : ''} {transitionWords(transition)}
                {transition.reason ? ` (${transition.reason})` : ''}
              </StatusIndicator>
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}
