import type { ReactNode } from 'react';
import { SageDeckError } from '../../../shared/errors';

export function errorMessage(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return String(reason);
}

/** The field's own message when the host named it, else the whole error's message. */
export function fieldMessage(reason: unknown, ...fields: string[]): string {
  if (reason instanceof SageDeckError && reason.fields) {
    for (const field of fields) {
      const message = reason.fields[field];
      if (message) return message;
    }
  }
  return errorMessage(reason);
}

/** An error as the user should see it: what happened, the host's code and request id for support. */
export function ErrorNotice({ error, title, action }: { error: unknown; title: string; action?: ReactNode }) {
  const details = error instanceof SageDeckError ? error : undefined;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <p>{errorMessage(error)}</p>
      {details?.fields && (
        <ul className="notice-fields">
          {Object.entries(details.fields).map(([field, message]) => (
            <li key={field}>
              <code>{field}</code>: {message}
            </li>
          ))}
        </ul>
      )}
      {details && (
        <p className="notice-meta">
          {details.code}
          {details.requestId ? ` · request ${details.requestId}` : ''}
        </p>
      )}
      {action}
    </div>
  );
}
