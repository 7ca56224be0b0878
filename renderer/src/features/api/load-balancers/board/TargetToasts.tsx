import '../../../jobs/notifications/notifications.css';
import type { TargetAlert } from './target-alerts';

export interface TargetToast extends TargetAlert {
  id: string;
}

/** In-app stand-ins for desktop notifications (denied or unsupported), the job toasts' card. */
export function TargetToasts({ toasts, onDismiss }: { toasts: TargetToast[]; onDismiss: (id: string) => void }) {
  if (toasts.length === 0) return null;
  return (
    <div className="job-toasts" role="status" aria-live="polite" data-testid="target-toasts">
      {toasts.map((toast) => (
        <div key={toast.id} className="job-toast job-toast-failed" data-testid="target-toast">
          <a href={toast.href} onClick={() => onDismiss(toast.id)}>
            <strong>{toast.title}</strong>
          </a>
          <p>{toast.body}</p>
          <button type="button" aria-label={`Dismiss: ${toast.title}`} onClick={() => onDismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
