import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ListenerView } from '../../../../../../shared/domain/load-balancers';
import { PlainTable } from '../../../jobs/detail/PlainTable';
import { ListenerActions } from './ListenerAction';

/** Each listener (protocol:port) with its default action and its rules in priority order. */
export function ListenersTab({ loadBalancer, listeners }: { loadBalancer: string; listeners: ListenerView[] }) {
  if (listeners.length === 0) {
    return (
      <Box color="text-body-secondary" data-testid="listeners-empty">
        No listeners: this load balancer accepts no traffic until one is added.
      </Box>
    );
  }
  return (
    <SpaceBetween size="l">
      {listeners.map((listener) => (
        <Listener key={listener.arn} loadBalancer={loadBalancer} listener={listener} />
      ))}
    </SpaceBetween>
  );
}

function Listener({ loadBalancer, listener }: { loadBalancer: string; listener: ListenerView }) {
  const name = `${listener.protocol}:${listener.port}`;
  // The default rule repeats the default action above; the table lists the rules someone wrote.
  const rules = listener.rules.filter((rule) => rule.priority !== 'default');
  return (
    <div data-testid={`listener-${listener.protocol}-${listener.port}`}>
      <Container header={<Header variant="h3">Listener {name}</Header>}>
        <SpaceBetween size="s">
          <div>
            <strong>Default action: </strong>
            <ListenerActions loadBalancer={loadBalancer} actions={listener.defaultActions} />
          </div>
          {rules.length === 0 ? (
            <Box color="text-body-secondary">No rules: every request takes the default action.</Box>
          ) : (
            <PlainTable caption={`Rules of listener ${name}`} columns={['Priority', 'Conditions', 'Actions']}>
              {rules.map((rule) => (
                <tr key={rule.arn} data-testid={`listener-rule-${rule.priority}`}>
                  <th scope="row">{rule.priority}</th>
                  <td>
                    {rule.conditions.map((condition) => (
                      <div key={condition}>
                        <code>{condition}</code>
                      </div>
                    ))}
                  </td>
                  <td>
                    <ListenerActions loadBalancer={loadBalancer} actions={rule.actions} />
                  </td>
                </tr>
              ))}
            </PlainTable>
          )}
        </SpaceBetween>
      </Container>
    </div>
  );
}
