import { describe, expect, it } from 'vitest';
import { selectionCovers, wildcardMatch } from '../../../electron/core/areas/backups/selection-match';
import { planTestStatus } from '../../../electron/core/areas/backups/test-status';
import type { RestoreTestRecord } from '../../../shared/domain/backups';

const DATA = 'arn:aws:s3:::sagedeck-demo-churn-data';
const LOGS = 'arn:aws:s3:::sagedeck-demo-access-logs';

describe('which buckets a selection assigns', () => {
  it('matches resource ARNs with * wildcards', () => {
    expect(wildcardMatch('arn:aws:s3:::sagedeck-demo-*', DATA)).toBe(true);
    expect(wildcardMatch('arn:aws:s3:::sagedeck-demo-churn-data', LOGS)).toBe(false);
    expect(wildcardMatch('arn:aws:s3:::sagedeck.demo', 'arn:aws:s3:::sagedeckxdemo')).toBe(false);
  });

  it('covers the listed bucket only', () => {
    const selection = { SelectionName: 'churn-data-bucket', IamRoleArn: 'r', Resources: [DATA] };
    expect(selectionCovers(selection, DATA, {})).toBe(true);
    expect(selectionCovers(selection, LOGS, {})).toBe(false);
  });

  it('covers by tag (ListOfTags, OR with Resources), narrowed by Conditions (AND) and NotResources', () => {
    const byTag = { SelectionName: 's', IamRoleArn: 'r', ListOfTags: [{ ConditionType: 'STRINGEQUALS' as const, ConditionKey: 'project', ConditionValue: 'churn' }] };
    expect(selectionCovers(byTag, DATA, { project: 'churn' })).toBe(true);
    expect(selectionCovers(byTag, LOGS, {})).toBe(false);
    const everyS3 = { SelectionName: 's', IamRoleArn: 'r', Resources: ['arn:aws:s3:::*'], NotResources: [LOGS], Conditions: { StringLike: [{ ConditionKey: 'aws:ResourceTag/env', ConditionValue: 'prod*' }] } };
    expect(selectionCovers(everyS3, DATA, { env: 'production' })).toBe(true);
    expect(selectionCovers(everyS3, DATA, { env: 'dev' })).toBe(false);
    expect(selectionCovers(everyS3, LOGS, { env: 'production' })).toBe(false);
  });
});

describe('a plan’s restore test warning', () => {
  const plan = { planId: 'p1', planName: 'churn-data-daily', planArn: 'arn:aws:backup:us-east-1:111122223333:backup-plan:p1' };
  const now = Date.parse('2026-12-06T12:00:00Z');
  const test = (finishedAt: string, passed: boolean) => ({ testId: finishedAt, finishedAt, passed, recoveryPointArn: 'rp' }) as RestoreTestRecord;

  it('warns when never tested', () => {
    expect(planTestStatus(plan, [], [], now).warning).toContain('never been restore-tested');
  });

  it('clears with a passing test within 30 days, and warns again once it is older', () => {
    expect(planTestStatus(plan, [test('2026-11-20T00:00:00Z', true)], [], now).warning).toBeUndefined();
    expect(planTestStatus(plan, [test('2026-10-20T00:00:00Z', true)], [], now).warning).toContain('not been restore-tested for 47 days');
  });

  it('warns when the newest test failed, and counts a restore completed elsewhere as a test', () => {
    expect(planTestStatus(plan, [test('2026-12-05T00:00:00Z', false), test('2026-12-01T00:00:00Z', true)], [], now).warning).toContain('failed');
    const status = planTestStatus(plan, [], [{ restoreJobId: 'rj', recoveryPointArn: 'rp', completedAt: '2026-12-01T00:00:00Z' }], now);
    expect(status.warning).toBeUndefined();
    expect(status.lastTest).toMatchObject({ source: 'aws', testId: 'rj' });
  });
});
