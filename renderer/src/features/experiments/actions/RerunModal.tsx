import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { jobNameSchema } from '../../../../../shared/validation/sagemaker';
import { jobHref } from '../../jobs/job-routes';
import { useSageMutation } from '../../live/use-sage-mutation';
import { rerunName } from './rerun-name';

/**
 * Starts a training job with the run's image, inputs, hyperparameters and resources under a new
 * name (checked as it is typed), then links to it. A refusal keeps the dialog and the name.
 */
export function RerunModal({ trainingJob, onDismiss }: { trainingJob: string; onDismiss: () => void }) {
  const [name, setName] = useState(() => rerunName(trainingJob));
  const [touched, setTouched] = useState(false);
  const rerun = useSageMutation('experiments.rerun', { invalidate: ['jobs.list', 'experiments.runs'] });
  const [created, setCreated] = useState<string>();
  const checked = jobNameSchema.safeParse(name);
  const nameError = rerun.fieldErrors.name ?? (checked.success ? undefined : checked.error.issues[0]?.message);
  const submit = async () => {
    setTouched(true);
    if (!checked.success) return;
    const output = await rerun.run({ trainingJob, name: checked.data });
    if (output) setCreated(output.name);
  };

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={`Re-run ${trainingJob}`}
      closeAriaLabel="Close the re-run dialog"
      data-testid="rerun-modal"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              {created ? 'Close' : 'Cancel'}
            </Button>
            {!created && (
              <Button
                variant="primary"
                loading={rerun.isPending}
                onClick={() => void submit()}
                data-testid="rerun-submit"
              >
                Start the training job
              </Button>
            )}
          </SpaceBetween>
        </Box>
      }
    >
      {created ? (
        <Alert type="success" header="Training job started" data-testid="rerun-created">
          <Link href={jobHref('training', created)} onFollow={onDismiss} data-testid="rerun-created-link">
            Open {created}
          </Link>{' '}
          to follow it.
        </Alert>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Form errorText={rerun.formError} errorIconAriaLabel="Error">
            <FormField
              label="New training job name"
              description={`Same image, inputs, hyperparameters, resources and trial as ${trainingJob}.`}
              constraintText="Letters, digits and hyphens; up to 63 characters."
              errorText={touched || name !== rerunName(trainingJob) ? nameError : undefined}
            >
              <Input
                value={name}
                onChange={({ detail }) => {
                  setName(detail.value);
                  rerun.reset();
                }}
                ariaLabel="New training job name"
                data-testid="rerun-name"
              />
            </FormField>
          </Form>
        </form>
      )}
    </Modal>
  );
}
