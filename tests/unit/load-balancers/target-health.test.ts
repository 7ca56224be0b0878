import { describe, expect, it } from 'vitest';
import { countHealth, isTransitioning, targetHealthRow } from '../../../electron/core/areas/load-balancers/target-health';

describe('targetHealthRow', () => {
  it('keys a target by id and port and keeps AWS\'s state, reason and description', () => {
    const row = targetHealthRow({
      Target: { Id: 'i-0a1b2c3d4e5f60003', Port: 8080, AvailabilityZone: 'us-east-1c' },
      HealthCheckPort: '8080',
      TargetHealth: { State: 'unhealthy', Reason: 'Target.ResponseCodeMismatch', Description: 'Health checks failed with these codes: [502]' },
    });
    expect(row).toEqual({
      key: 'i-0a1b2c3d4e5f60003:8080',
      id: 'i-0a1b2c3d4e5f60003',
      port: 8080,
      availabilityZone: 'us-east-1c',
      state: 'unhealthy',
      reason: 'Target.ResponseCodeMismatch',
      description: 'Health checks failed with these codes: [502]',
    });
  });

  it('shows the health-check port only when it differs from the traffic port', () => {
    const row = targetHealthRow({ Target: { Id: '10.0.1.15', Port: 8080 }, HealthCheckPort: '9000', TargetHealth: { State: 'healthy' } });
    expect(row.healthCheckPort).toBe('9000');
  });

  it('reads a lambda target (no port) and a state SageDeck does not know as unavailable', () => {
    const arn = 'arn:aws:lambda:us-east-1:111122223333:function:scorer';
    const row = targetHealthRow({ Target: { Id: arn }, TargetHealth: { State: 'somethingNew' as never } });
    expect(row).toEqual({ key: `${arn}:`, id: arn, state: 'unavailable' });
  });
});

describe('health counts and transitions', () => {
  it('counts healthy and unhealthy targets, everything else as other', () => {
    const states = ['healthy', 'healthy', 'unhealthy', 'initial', 'draining', 'unused', 'unhealthy.draining'] as const;
    expect(countHealth(states.map((state) => ({ state })))).toEqual({ healthy: 2, unhealthy: 1, other: 4 });
  });

  it('polls fast while a target registers or drains, not while it is steady', () => {
    const row = (state: Parameters<typeof isTransitioning>[0]['state']) => ({ key: 'k', id: 'i', state });
    expect(['initial', 'draining', 'unhealthy.draining'].map((s) => isTransitioning(row(s as never)))).toEqual([true, true, true]);
    expect(['healthy', 'unhealthy', 'unused', 'unavailable'].map((s) => isTransitioning(row(s as never)))).toEqual([false, false, false, false]);
  });
});
