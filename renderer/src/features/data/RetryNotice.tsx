import { ErrorNotice } from '../../components/ErrorNotice';

/** A read that failed: what happened, and Try again (the host's message says what else to do). */
export function RetryNotice({ error, title, retry }: { error: unknown; title: string; retry: () => void }) {
  return (
    <ErrorNotice
      error={error}
      title={title}
      action={
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      }
    />
  );
}
