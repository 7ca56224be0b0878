import type { Run } from '../../../shared/domain/experiments';

/** A completed run with the given parameters and last metric values (min/max spread around them). */
export function run(name: string, parameters: Run['parameters'], metrics: Record<string, number>): Run {
  return {
    name,
    arn: `arn:aws:sagemaker:us-east-1:000000000000:experiment-trial-component/${name}`,
    displayName: name,
    trials: ['trial-1'],
    status: 'Completed',
    createdAt: '2024-05-01T10:00:00.000Z',
    parameters,
    inputs: {},
    outputs: {},
    metrics: Object.entries(metrics).map(([metric, last]) => ({
      name: metric,
      last,
      min: last - 0.1,
      max: last + 0.1,
      avg: last,
      count: 10,
    })),
    tags: {},
  };
}
