import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import type { PostureFinding } from '../../../../../shared/domain/data';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { BucketTabs } from '../BucketTabs';
import { LoggingTargetForm } from './LoggingTargetForm';
import { CHECK_LABELS, FIX_LABELS } from './posture-labels';
import { PostureBadge } from './PostureBadges';
import { PostureSettings } from './PostureSettings';
import { RetryNotice } from '../RetryNotice';

/** A bucket's full posture: every finding with its reason, one fix per fixable finding, the settings behind them. */
export default function BucketPosture({ bucket }: { bucket: string }) {
  const detail = useSessionQuery('buckets.describe', { bucket });
  const fix = useSageMutation('buckets.fix', { invalidate: ['buckets.describe', 'buckets.list'] });
  const [askLogging, setAskLogging] = useState(false);
  const [fixed, setFixed] = useState<string>();

  const runFix = async (finding: PostureFinding, loggingTarget?: { targetBucket: string; targetPrefix: string }) => {
    if (!finding.fix) return;
    setFixed(undefined);
    const done = await fix.run({ bucket, fix: finding.fix, ...(loggingTarget ? { loggingTarget } : {}) });
    if (done) {
      setAskLogging(false);
      setFixed(`${FIX_LABELS[finding.fix]}: done.`);
    }
  };

  return (
    <SpaceBetween size="m">
      {[
        <BucketTabs key="tabs" bucket={bucket} current="posture" />,
        detail.error ? (
          <RetryNotice
            key="error"
            error={detail.error}
            title={`The posture of ${bucket} could not be read`}
            retry={() => void detail.refetch()}
          />
        ) : null,
        detail.isPending ? (
          <StatusIndicator key="loading" type="loading">
            Reading the bucket’s settings
          </StatusIndicator>
        ) : null,
        fixed && (
          <Alert
            key="fixed"
            type="success"
            dismissible
            onDismiss={() => setFixed(undefined)}
            data-testid="posture-fixed"
          >
            {fixed}
          </Alert>
        ),
        fix.formError && (
          <Alert key="fix-error" type="error" header="The fix was not applied">
            {fix.formError}
          </Alert>
        ),
        detail.data && (
          <Container key="findings" header={<Header variant="h2">Findings</Header>}>
            <ul className="posture-findings" data-testid="posture-findings">
              {detail.data.findings.map((finding) => (
                <li key={finding.check} data-testid={`finding-${finding.check}`}>
                  <PostureBadge finding={finding} bucket={bucket} />
                  <span className="posture-finding-reason">{finding.reason}</span>
                  {finding.fix && finding.status !== 'pass' && (
                    <Button
                      data-testid={`fix-${finding.check}`}
                      ariaLabel={`Fix: ${FIX_LABELS[finding.fix]} (${CHECK_LABELS[finding.check]})`}
                      loading={fix.isPending}
                      onClick={() => (finding.fix === 'enableLogging' ? setAskLogging(true) : void runFix(finding))}
                    >
                      Fix: {FIX_LABELS[finding.fix]}
                    </Button>
                  )}
                  {finding.fix === 'enableLogging' && askLogging && (
                    <LoggingTargetForm
                      bucket={bucket}
                      busy={fix.isPending}
                      onCancel={() => setAskLogging(false)}
                      onSubmit={(target) => void runFix(finding, target)}
                    />
                  )}
                </li>
              ))}
            </ul>
          </Container>
        ),
        detail.data && (
          <Container key="settings" header={<Header variant="h2">Settings</Header>}>
            <PostureSettings posture={detail.data.posture} />
          </Container>
        ),
      ]}
    </SpaceBetween>
  );
}
