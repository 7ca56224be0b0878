import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { DrillReport, PrefixRestoreReport } from '../../../../../shared/domain/data';
import { messageFor } from '../../live/field-errors';
import { useSageMutation } from '../../live/use-sage-mutation';
import { PrefixBreadcrumbs } from '../browse/PrefixBreadcrumbs';
import { browseHref } from '../data-routes';
import { asOfProblem, defaultAsOf, drillScratchPrefix, normalizeAsOf } from './restore-draft';
import { DrillResult, PrefixRestoreResult } from './RestoreReports';

type Mode = 'drill' | 'restore';
const testId = (id: string) => ({ 'data-testid': id }) as Record<string, string>;

/**
 * The tested-backup story of a versioned bucket: a drill restores the prefix as of a time into a
 * scratch prefix and checks every checksum; a point-in-time restore puts the prefix itself back.
 */
export default function RestorePanel({ bucket, prefix }: { bucket: string; prefix: string }) {
  const [mode, setMode] = useState<Mode>('drill');
  const [asOf, setAsOf] = useState(defaultAsOf);
  const [scratch, setScratch] = useState(drillScratchPrefix);
  const [tried, setTried] = useState(false);
  const [report, setReport] = useState<{ drill: DrillReport } | { restore: PrefixRestoreReport }>();
  const drill = useSageMutation('prefixes.drill', { onSuccess: (result) => setReport({ drill: result }) });
  const restore = useSageMutation('prefixes.restore', {
    invalidate: ['objects.list', 'objects.versions', 'objects.describe'],
    onSuccess: (result) => setReport({ restore: result }),
  });
  const running = mode === 'drill' ? drill : restore;
  const timeProblem = tried ? asOfProblem(asOf) : undefined;
  const scratchProblem = tried && mode === 'drill' && !scratch.trim() ? 'Name a scratch prefix.' : undefined;

  const submit = () => {
    setTried(true);
    setReport(undefined);
    if (asOfProblem(asOf) || (mode === 'drill' && !scratch.trim())) return;
    const input = { bucket, prefix, asOf: normalizeAsOf(asOf) };
    void (mode === 'drill' ? drill.run({ ...input, scratchPrefix: scratch.trim() }) : restore.run(input));
  };

  return (
    <SpaceBetween size="m">
      {[
        <PrefixBreadcrumbs key="crumbs" bucket={bucket} prefix={prefix} />,
        <form
          key="form"
          data-testid="restore-form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Form
            header={
              <Header
                variant="h1"
                description={`Acts on every object under s3://${bucket}/${prefix}. Needs a versioned bucket.`}
              >
                Restore or drill {prefix || 'the whole bucket'}
              </Header>
            }
            errorText={running.formError}
            actions={
              <SpaceBetween size="xs" direction="horizontal">
                {[
                  <Button key="back" variant="link" href={browseHref(bucket, prefix)}>
                    Back to the objects
                  </Button>,
                  <Button
                    key="go"
                    variant="primary"
                    formAction="submit"
                    loading={running.isPending}
                    data-testid="restore-submit"
                  >
                    {mode === 'drill' ? 'Run the drill' : 'Restore the prefix'}
                  </Button>,
                ]}
              </SpaceBetween>
            }
          >
            <Container>
              <SpaceBetween size="m">
                {[
                  <FormField key="mode" label="What to do">
                    <RadioGroup
                      value={mode}
                      onChange={({ detail }) => setMode(detail.value as Mode)}
                      items={[
                        {
                          value: 'drill',
                          label: 'Restore drill',
                          description:
                            'Restores into a scratch prefix and verifies every checksum. The prefix itself is not touched.',
                        },
                        {
                          value: 'restore',
                          label: 'Point-in-time restore',
                          description:
                            'Puts the prefix back as it was: newer versions are copied over, objects created since are hidden. You will be asked to confirm.',
                        },
                      ]}
                    />
                  </FormField>,
                  <FormField
                    key="asOf"
                    label="As of (UTC)"
                    description="YYYY-MM-DD HH:MM, in UTC."
                    errorText={timeProblem ?? messageFor(running.fieldErrors, 'asOf')}
                  >
                    <Input
                      value={asOf}
                      onChange={({ detail }) => setAsOf(detail.value)}
                      invalid={timeProblem !== undefined}
                      nativeInputAttributes={testId('restore-as-of')}
                    />
                  </FormField>,
                  mode === 'drill' && (
                    <FormField
                      key="scratch"
                      label="Scratch prefix"
                      description="Where the drill restores to; delete it after looking."
                      errorText={scratchProblem ?? messageFor(running.fieldErrors, 'scratchPrefix')}
                    >
                      <Input
                        value={scratch}
                        onChange={({ detail }) => setScratch(detail.value)}
                        nativeInputAttributes={testId('drill-scratch')}
                      />
                    </FormField>
                  ),
                  mode === 'restore' && (
                    <Alert key="warn" type="warning">
                      A point-in-time restore changes s3://{bucket}/{prefix} for everyone reading it. The versions it
                      replaces are kept.
                    </Alert>
                  ),
                ]}
              </SpaceBetween>
            </Container>
          </Form>
        </form>,
        report && 'drill' in report && <DrillResult key="drill" report={report.drill} />,
        report && 'restore' in report && <PrefixRestoreResult key="restore" report={report.restore} />,
      ]}
    </SpaceBetween>
  );
}
