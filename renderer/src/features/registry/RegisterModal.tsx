import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { navigateHref } from '../../app/hash-route';
import { errorMessage } from '../../components/ErrorNotice';
import { useSageMutation } from '../live/use-sage-mutation';
import { useSessionQuery } from '../use-session-query';
import { formatMetric } from './format';
import { GroupField } from './GroupField';
import { versionHref } from './registry-routes';

/**
 * Registers a new version of a group from a completed training job, picked from AWS's list of
 * completed jobs. On a refusal the dialog stays open with what was chosen and typed. Opened from
 * elsewhere (an experiment's run), it comes with the job chosen and asks for the group instead.
 */
export function RegisterModal({
  group: fixedGroup,
  trainingJob,
  onDismiss,
}: {
  group?: string;
  trainingJob?: string;
  onDismiss: () => void;
}) {
  const jobs = useSessionQuery('jobs.list', { kind: 'training', status: 'Completed' });
  const [job, setJob] = useState<SelectProps.Option | null>(
    trainingJob ? { value: trainingJob, label: trainingJob } : null,
  );
  const [pickedGroup, setPickedGroup] = useState<SelectProps.Option | null>(null);
  const group = fixedGroup ?? pickedGroup?.value;
  const [description, setDescription] = useState('');
  const [missingJob, setMissingJob] = useState(false);
  const register = useSageMutation('registry.register', {
    invalidate: ['registry.versions'],
    onSuccess: (created, input) => {
      onDismiss();
      navigateHref(versionHref(input.group, created.version));
    },
  });
  const options: SelectProps.Option[] = (jobs.data?.items ?? []).map((item) => ({
    value: item.name,
    label: item.name,
    description: item.objectiveMetric
      ? `${item.objectiveMetric.name} ${formatMetric(item.objectiveMetric.value)}`
      : undefined,
    tags: item.endedAt ? [`ended ${new Date(item.endedAt).toLocaleString()}`] : undefined,
  }));
  const submit = () => {
    if (!job?.value || !group) {
      setMissingJob(true);
      return;
    }
    void register.run({
      group,
      trainingJob: job.value,
      ...(description.trim() ? { description: description.trim() } : {}),
    });
  };

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={
        fixedGroup ? `Register a version of ${fixedGroup}` : `Register ${trainingJob ?? 'a model'} in the registry`
      }
      closeAriaLabel="Close the register dialog"
      data-testid="registry-register-modal"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              loading={register.isPending}
              onClick={submit}
              data-testid="registry-register-submit"
            >
              Register
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <form
        data-testid="registry-register-form"
        data-jobs={jobs.isPending ? 'loading' : jobs.isError ? 'error' : 'ready'}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Form errorText={register.formError} errorIconAriaLabel="Error">
          <SpaceBetween size="m">
            {jobs.isError && (
              <Alert type="error">The completed training jobs could not be listed: {errorMessage(jobs.error)}</Alert>
            )}
            {!fixedGroup && (
              <GroupField
                value={pickedGroup}
                onChange={setPickedGroup}
                errorText={
                  register.fieldErrors.group ??
                  (missingJob && !group ? 'Pick the model group to register into.' : undefined)
                }
              />
            )}
            <FormField
              label="Completed training job"
              description="Its training image, model artifacts and final metrics make the new version, pending approval."
              errorText={
                register.fieldErrors.trainingJob ??
                (missingJob && !job ? 'Pick the training job to register.' : undefined)
              }
            >
              <Select
                selectedOption={job}
                onChange={({ detail }) => setJob(detail.selectedOption)}
                options={options}
                filteringType="auto"
                placeholder="Choose a completed training job"
                statusType={jobs.isPending ? 'loading' : jobs.isError ? 'error' : 'finished'}
                loadingText="Loading completed training jobs"
                errorText="The jobs could not be listed"
                empty="No completed training jobs in this region"
                ariaLabel="Completed training job"
                data-testid="registry-register-job"
              />
            </FormField>
            <FormField
              label="Description"
              constraintText="Optional, up to 1,024 characters."
              errorText={register.fieldErrors.description}
            >
              <Input
                value={description}
                onChange={({ detail }) => setDescription(detail.value)}
                ariaLabel="Description"
                data-testid="registry-register-description"
              />
            </FormField>
          </SpaceBetween>
        </Form>
      </form>
    </Modal>
  );
}
