import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input, { type InputProps } from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useRef, useState } from 'react';
import type { PendingPrompt } from '../../../../shared/domain/credentials';
import { mfaCodeSchema } from '../../../../shared/validation/aws';
import { useClient } from '../../app/services';
import { fieldMessage } from '../../components/ErrorNotice';

export interface MfaPromptProps {
  prompt: PendingPrompt;
  /** The prompt was answered or cancelled: the host asked the caller to go on (or give up). */
  onDone: (id: string) => void;
}

/** Asks for the one-time code a role's MFA device shows; a wrong code can be corrected and sent again. */
export default function MfaPrompt({ prompt, onDone }: MfaPromptProps) {
  const client = useClient();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<InputProps.Ref>(null);

  // The modal's focus lock lands on its close button once its portal has mounted; the code field is
  // where the user types, so move focus there after that.
  useEffect(() => {
    const timer = window.setTimeout(() => inputRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  const submit = async () => {
    if (busy) return;
    const parsed = mfaCodeSchema.safeParse(code);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter the 6-digit code from your MFA device.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await client.request('prompts.answer', { id: prompt.id, code: parsed.data });
      onDone(prompt.id);
    } catch (reason) {
      // The host tried the code and AWS refused it (or the prompt is gone): say so, let them retry.
      setError(fieldMessage(reason, 'code'));
      setBusy(false);
      inputRef.current?.focus();
    }
  };

  const cancel = () => {
    onDone(prompt.id);
    void client.request('prompts.cancel', { id: prompt.id }).catch(() => undefined);
  };

  return (
    <Modal
      visible
      data-testid="mfa-prompt"
      header="Multi-factor authentication"
      closeAriaLabel="Cancel"
      onDismiss={cancel}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            {[
              <Button key="cancel" variant="link" onClick={cancel} data-testid="mfa-cancel">
                Cancel
              </Button>,
              <Button
                key="submit"
                variant="primary"
                loading={busy}
                onClick={() => void submit()}
                data-testid="mfa-submit"
              >
                Continue
              </Button>,
            ]}
          </SpaceBetween>
        </Box>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <SpaceBetween size="m">
          {[
            <Box key="what" variant="p">
              Profile <strong data-testid="mfa-profile">{prompt.profile}</strong> needs a code from MFA device{' '}
              <code data-testid="mfa-serial">{prompt.mfaSerial}</code>.
            </Box>,
            <FormField
              key="code"
              label="MFA code"
              description="The 6-digit code your device shows now."
              errorText={error}
            >
              <Input
                ref={inputRef}
                value={code}
                onChange={({ detail }) => {
                  setCode(detail.value);
                  setError(undefined);
                }}
                inputMode="numeric"
                autoComplete={false}
                spellcheck={false}
                ariaRequired
                invalid={error !== undefined}
                nativeInputAttributes={{ 'data-testid': 'mfa-code' } as Record<string, string>}
              />
            </FormField>,
          ]}
        </SpaceBetween>
      </form>
    </Modal>
  );
}
