import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input, { type InputProps } from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useRef, useState } from 'react';
import type { ConfirmationChallenge } from '../../../shared/errors';
import type { ConfirmationAnswer } from '../bridge/typed-client';

export interface ConfirmModalProps {
  challenge: ConfirmationChallenge;
  onAnswer: (answer: ConfirmationAnswer) => void;
}

/** Asks before a destructive action; on production the user types the target's name exactly. */
export default function ConfirmModal({ challenge, onAnswer }: ConfirmModalProps) {
  const [typed, setTyped] = useState('');
  const inputRef = useRef<InputProps.Ref>(null);

  // The modal's focus lock lands on its close button once its portal has mounted; when a name must be
  // typed, move focus to the name field after that.
  useEffect(() => {
    const timer = window.setTimeout(() => inputRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);
  const matches = !challenge.typeToConfirm || typed === challenge.target;
  const confirm = () => {
    if (!matches) return;
    onAnswer(challenge.typeToConfirm ? { typedConfirmation: typed } : {});
  };

  return (
    <Modal
      visible
      data-testid="confirm-modal"
      header={challenge.action}
      closeAriaLabel="Close without confirming"
      onDismiss={() => onAnswer(null)}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            {[
              <Button key="cancel" variant="link" onClick={() => onAnswer(null)}>
                Cancel
              </Button>,
              <Button
                key="confirm"
                variant="primary"
                data-testid="confirm-submit"
                disabled={!matches}
                onClick={confirm}
              >
                {challenge.action}
              </Button>,
            ]}
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {[
          <Box key="what" variant="p">
            This acts on <strong>{challenge.target}</strong> and cannot be undone.
          </Box>,
          challenge.typeToConfirm ? (
            <form
              key="typed"
              onSubmit={(event) => {
                event.preventDefault();
                confirm();
              }}
            >
              <FormField
                label={`Type ${challenge.target} to confirm`}
                description="This profile is marked production."
                errorText={typed && !matches ? 'The name does not match yet.' : undefined}
              >
                <Input
                  value={typed}
                  onChange={({ detail }) => setTyped(detail.value)}
                  ref={inputRef}
                  ariaRequired
                  autoComplete={false}
                  spellcheck={false}
                  nativeInputAttributes={{ 'data-testid': 'confirm-input' } as Record<string, string>}
                />
              </FormField>
            </form>
          ) : null,
        ]}
      </SpaceBetween>
    </Modal>
  );
}
