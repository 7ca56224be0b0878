import type { AreaProps } from '../../app/areas';

/** An honest placeholder: says what the area will do instead of showing made-up data. */
export default function ComingSoonArea({ area }: AreaProps) {
  return (
    <div className="empty-state" data-testid="empty-state">
      <p className="empty-state-title">
        {area.label} arrives in a later release: {lowerFirst(area.summary)}
      </p>
      <p>
        Until then, the <a href="#/activity">Activity</a> area lists every change SageDeck has made.
      </p>
    </div>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
