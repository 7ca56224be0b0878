import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { bucketNameProblem } from '../../../../../shared/validation/s3';
import { navigateHref } from '../../../app/hash-route';
import { messageFor, type FieldErrors } from '../../live/field-errors';
import { useSageMutation } from '../../live/use-sage-mutation';
import { LoggingTargetFields } from '../buckets/LoggingTargetForm';
import { browseHref, bucketsHref } from '../data-routes';
import { checkDraft, SECURE_DEFAULTS, type BucketDraft } from './bucket-draft';
import { TagsEditor } from './TagsEditor';

const testId = (id: string) => ({ 'data-testid': id }) as Record<string, string>;

/** A new bucket with every protection on by default; the name is checked against S3's rules as it is typed. */
export default function CreateBucketForm() {
  const [draft, setDraft] = useState<BucketDraft>(SECURE_DEFAULTS);
  const [checked, setChecked] = useState<FieldErrors>({});
  const create = useSageMutation('buckets.create', {
    invalidate: ['buckets.list'],
    onSuccess: (bucket) => navigateHref(browseHref(bucket.name)),
  });
  const change = (patch: Partial<BucketDraft>) => setDraft((current) => ({ ...current, ...patch }));
  // Local checks first, then what the host or AWS said about the last attempt.
  const errors: FieldErrors = { ...create.fieldErrors, ...checked };
  const nameProblem = draft.name ? bucketNameProblem(draft.name.trim()) : undefined;
  const error = (path: string) => messageFor(errors, path);

  const submit = () => {
    const result = checkDraft(draft);
    if ('errors' in result) {
      setChecked(result.errors);
      return;
    }
    setChecked({});
    void create.run(result.input);
  };

  return (
    <form
      data-testid="create-bucket-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Form
        header={
          <Header
            variant="h1"
            description="Versioning, default encryption, public access blocked and HTTPS required are on unless you turn them off."
          >
            Create a bucket
          </Header>
        }
        errorText={create.formError}
        actions={
          <SpaceBetween size="xs" direction="horizontal">
            {[
              <Button key="cancel" href={bucketsHref()} variant="link">
                Cancel
              </Button>,
              <Button
                key="submit"
                variant="primary"
                formAction="submit"
                loading={create.isPending}
                data-testid="create-bucket-submit"
              >
                Create bucket
              </Button>,
            ]}
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          {[
            <Container key="name" header={<Header variant="h2">Name</Header>}>
              <FormField
                label="Bucket name"
                description="3–63 characters: lowercase letters, digits, dots and hyphens; unique across all of AWS."
                errorText={nameProblem ?? error('name')}
              >
                <Input
                  value={draft.name}
                  invalid={(nameProblem ?? error('name')) !== undefined}
                  spellcheck={false}
                  autoComplete={false}
                  onChange={({ detail }) => {
                    change({ name: detail.value });
                    setChecked(({ name: _name, ...rest }) => rest);
                  }}
                  nativeInputAttributes={testId('create-bucket-name')}
                />
              </FormField>
            </Container>,
            <Container key="protect" header={<Header variant="h2">Protection</Header>}>
              <SpaceBetween size="m">
                {[
                  <Checkbox
                    key="versioning"
                    checked={draft.versioning}
                    onChange={({ detail }) => change({ versioning: detail.checked })}
                    description="Keeps every version, so overwrites and deletes can be undone and restore drills can run."
                  >
                    Versioning
                  </Checkbox>,
                  <FormField key="encryption" label="Default encryption" errorText={error('encryption')}>
                    <RadioGroup
                      value={draft.encryption}
                      onChange={({ detail }) => change({ encryption: detail.value as BucketDraft['encryption'] })}
                      items={[
                        { value: 'SSE-S3', label: 'SSE-S3 (keys managed by S3)' },
                        { value: 'SSE-KMS', label: 'SSE-KMS (AWS KMS key, with bucket key)' },
                      ]}
                    />
                  </FormField>,
                  draft.encryption === 'SSE-KMS' && (
                    <FormField
                      key="kms"
                      label="KMS key ID or ARN (optional)"
                      description="Empty uses the AWS managed key aws/s3."
                      errorText={error('encryption.kmsKeyId')}
                    >
                      <Input
                        value={draft.kmsKeyId}
                        onChange={({ detail }) => change({ kmsKeyId: detail.value })}
                        nativeInputAttributes={testId('create-bucket-kms')}
                      />
                    </FormField>
                  ),
                  <Checkbox
                    key="block"
                    checked={draft.blockPublicAccess}
                    onChange={({ detail }) => change({ blockPublicAccess: detail.checked })}
                    description="All four public access block settings."
                  >
                    Block all public access
                  </Checkbox>,
                  <Checkbox
                    key="https"
                    checked={draft.httpsOnly}
                    onChange={({ detail }) => change({ httpsOnly: detail.checked })}
                    description="A bucket policy that denies requests without TLS (aws:SecureTransport)."
                  >
                    Require HTTPS
                  </Checkbox>,
                  <Checkbox
                    key="logging"
                    checked={draft.logging}
                    onChange={({ detail }) => change({ logging: detail.checked })}
                    description="Server access logs to another bucket."
                  >
                    Access logging
                  </Checkbox>,
                  draft.logging && (
                    <LoggingTargetFields
                      key="log-target"
                      value={{ targetBucket: draft.logBucket, targetPrefix: draft.logPrefix }}
                      onChange={(target) => change({ logBucket: target.targetBucket, logPrefix: target.targetPrefix })}
                      errors={{
                        targetBucket: error('logging.targetBucket'),
                        targetPrefix: error('logging.targetPrefix'),
                      }}
                      testIdPrefix="create-bucket-log"
                    />
                  ),
                ]}
              </SpaceBetween>
            </Container>,
            <Container key="tags" header={<Header variant="h2">Tags</Header>}>
              <TagsEditor rows={draft.tags} onChange={(tags) => change({ tags })} errorText={error('tags')} />
            </Container>,
            !draft.versioning || !draft.blockPublicAccess || !draft.httpsOnly ? (
              <Alert key="weaker" type="warning">
                This bucket will start with a weaker posture than the defaults; its badges will warn.
              </Alert>
            ) : null,
          ]}
        </SpaceBetween>
      </Form>
    </form>
  );
}
