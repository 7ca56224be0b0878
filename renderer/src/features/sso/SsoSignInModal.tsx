import './sso.css';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useEffect, useState } from 'react';
import type { SsoAuthorization } from '../../../../shared/domain/credentials';
import { useClient } from '../../app/services';
import { errorMessage } from '../../components/ErrorNotice';
import { useSsoSignIn } from './use-sso-sign-in';

type Opened = { opened: boolean; url: string } | { error: string } | undefined;

function CodeStep({ authorization }: { authorization: SsoAuthorization }) {
  const client = useClient();
  const [opened, setOpened] = useState<Opened>();
  const [copied, setCopied] = useState(false);

  const open = () => {
    client.request('sso.openVerification', { profile: authorization.profile }).then(
      (result) => setOpened(result),
      (reason: unknown) => setOpened({ error: errorMessage(reason) }),
    );
  };

  const copy = () => {
    void navigator.clipboard?.writeText(authorization.userCode).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <SpaceBetween size="m">
      {[
        <Box key="intro" variant="p">
          Open the sign-in page, check that it shows this code, and approve SageDeck.
        </Box>,
        <div key="code" className="sso-code-row">
          <span className="sso-user-code" data-testid="sso-user-code" aria-label="Your sign-in code">
            {authorization.userCode}
          </span>
          <Button iconName="copy" onClick={copy} data-testid="sso-copy">
            {copied ? 'Copied' : 'Copy code'}
          </Button>
        </div>,
        <Button key="open" variant="primary" onClick={open} data-testid="sso-open">
          Open sign-in page
        </Button>,
        opened && 'error' in opened ? (
          <Alert key="opened" type="error" header="The sign-in page could not be opened">
            {opened.error}
          </Alert>
        ) : opened && opened.opened ? (
          <Box key="opened" variant="p" data-testid="sso-opened">
            The sign-in page is open in your browser.
          </Box>
        ) : opened ? (
          <Box key="opened" variant="p">
            Open this address in your browser:{' '}
            <a
              className="sso-link"
              href={opened.url}
              target="_blank"
              rel="noreferrer noopener"
              data-testid="sso-verification-link"
            >
              {opened.url}
            </a>
          </Box>
        ) : null,
        <Box key="waiting" variant="p" color="text-status-inactive">
          <Spinner /> Waiting for you to approve in the browser. The code expires at{' '}
          {new Date(authorization.expiresAt).toLocaleTimeString()}.
        </Box>,
      ]}
    </SpaceBetween>
  );
}

/** The IAM Identity Center device sign-in: the code to check, the page to open, and how it ended. */
export default function SsoSignInModal({ profile, onClose }: { profile: string; onClose: () => void }) {
  const { flow, retry } = useSsoSignIn(profile);

  useEffect(() => {
    if (flow.step === 'signed-in') onClose();
  }, [flow.step, onClose]);

  const ended = flow.step === 'ended' || flow.step === 'error';
  return (
    <Modal
      visible
      data-testid="sso-modal"
      header={`Sign in to IAM Identity Center for ${profile}`}
      closeAriaLabel="Close"
      onDismiss={onClose}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            {[
              <Button key="close" variant="link" onClick={onClose}>
                {ended ? 'Close' : 'Cancel'}
              </Button>,
              ended ? (
                <Button key="retry" variant="primary" onClick={retry} data-testid="sso-retry">
                  Try again
                </Button>
              ) : null,
            ]}
          </SpaceBetween>
        </Box>
      }
    >
      {flow.step === 'starting' && (
        <Box variant="p">
          <Spinner /> Asking IAM Identity Center for a sign-in code…
        </Box>
      )}
      {flow.step === 'waiting' && <CodeStep authorization={flow.authorization} />}
      {flow.step === 'signed-in' && <Box variant="p">Signed in.</Box>}
      {ended && (
        <Alert type="error" header="Not signed in" data-testid="sso-message">
          {flow.message}
        </Alert>
      )}
    </Modal>
  );
}
