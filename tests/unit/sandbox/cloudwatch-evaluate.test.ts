import { describe, expect, it } from 'vitest';
import type { AlarmDefinition, TreatMissingData } from '../../../electron/sandbox/services/cloudwatch/alarm-model';
import { evaluateAlarm, type EvaluatedPeriod } from '../../../electron/sandbox/services/cloudwatch/evaluate';
import { extendedStatistic, parseExtendedStatistic } from '../../../electron/sandbox/services/cloudwatch/statistics';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

function alarm(m: number, n: number, treat: TreatMissingData): AlarmDefinition {
  return {
    name: 'a',
    actionsEnabled: true,
    okActions: [],
    alarmActions: [],
    insufficientDataActions: [],
    namespace: 'N',
    metricName: 'M',
    dimensions: [],
    statistic: 'Average',
    period: 60,
    evaluationPeriods: n,
    datapointsToAlarm: m,
    threshold: 1,
    comparisonOperator: 'GreaterThanOrEqualToThreshold',
    treatMissingData: treat,
  };
}

/** `0 - X` notation of AWS's documentation: 0 = not breaching, X = breaching, - = missing. */
function periods(text: string): EvaluatedPeriod[] {
  return text.split(' ').map((c, i) => ({ start: T0 + i * 60_000, value: c === 'X' ? 5 : c === '0' ? 0 : undefined }));
}

describe('alarm evaluation (M of N, TreatMissingData)', () => {
  const cases: [string, Record<TreatMissingData, string>][] = [
    ['0 0 0 0 0', { missing: 'OK', ignore: 'OK', breaching: 'OK', notBreaching: 'OK' }],
    ['0 X X - X', { missing: 'ALARM', ignore: 'ALARM', breaching: 'ALARM', notBreaching: 'ALARM' }],
    ['0 - X - X', { missing: 'OK', ignore: 'OK', breaching: 'ALARM', notBreaching: 'OK' }],
    ['- - X - -', { missing: 'ALARM', ignore: 'ALARM', breaching: 'ALARM', notBreaching: 'OK' }],
    ['- - - - -', { missing: 'INSUFFICIENT_DATA', ignore: 'kept', breaching: 'ALARM', notBreaching: 'OK' }],
  ];
  for (const [data, expected] of cases) {
    it(`3 of 5 with ${data}`, () => {
      for (const treat of ['missing', 'ignore', 'breaching', 'notBreaching'] as const) {
        const verdict = evaluateAlarm(alarm(3, 5, treat), periods(data), 'OK', T0 + 5 * 60_000);
        expect(verdict?.state ?? 'kept', `${treat}`).toBe(expected[treat]);
      }
    });
  }

  it('words a single-period reason as AWS does', () => {
    const verdict = evaluateAlarm(alarm(1, 1, 'missing'), periods('0'), 'ALARM', T0 + 60_000);
    expect(verdict?.reason).toBe('Threshold Crossed: 1 datapoint [0.0 (05/01/26 09:00:00)] was not greater than or equal to the threshold (1.0).');
    expect(JSON.parse(verdict?.reasonData ?? '{}')).toEqual({
      version: '1.0',
      queryDate: '2026-01-05T09:01:00.000+0000',
      startDate: '2026-01-05T09:00:00.000+0000',
      statistic: 'Average',
      period: 60,
      recentDatapoints: [0],
      threshold: 1,
      evaluatedDatapoints: [{ timestamp: '2026-01-05T09:00:00.000+0000', value: 0 }],
    });
  });
});

describe('extended statistics', () => {
  const bucket = { count: 100, sum: 5050, min: 1, max: 100, samples: Array.from({ length: 100 }, (_, i) => 100 - i) };
  it('computes percentiles and trimmed statistics by nearest rank', () => {
    expect(extendedStatistic(bucket, 'p99')).toBe(99);
    expect(extendedStatistic(bucket, 'p50')).toBe(50);
    expect(extendedStatistic(bucket, 'p100')).toBe(100);
    expect(extendedStatistic(bucket, 'p99.9')).toBe(100);
    expect(extendedStatistic(bucket, 'tm90')).toBe(45.5);
    expect(extendedStatistic(bucket, 'TM(10%:90%)')).toBe(50.5);
    expect(extendedStatistic(bucket, 'tc90')).toBe(90);
    expect(extendedStatistic(bucket, 'IQM')).toBe(50.5);
  });
  it('refuses names CloudWatch does not know and statistic sets without raw values', () => {
    expect(parseExtendedStatistic('p101')).toBeUndefined();
    expect(parseExtendedStatistic('median')).toBeUndefined();
    expect(parseExtendedStatistic('TM(90%:10%)')).toBeUndefined();
    expect(extendedStatistic({ ...bucket, samples: [] }, 'p99')).toBeUndefined();
  });
});
