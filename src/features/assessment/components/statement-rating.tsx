import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { StatementText } from '../../../components/statement-text';
import { RATINGS, RATING_LABELS, type Rating, type RatingValue as Value } from '../lib/assessment';

interface StatementRatingProps {
  /** The item's id, for the resume button to go to. */
  id?: string;
  number: number;
  text: string;
  value: Value | undefined;
  /** `chosen` is true when the learner picked the rating (which confirms a carried-over one), false for a note. */
  onChange: (value: Value | undefined, chosen: boolean) => void;
  /** The occupation the rating was carried over from, while the learner has not confirmed or changed it. */
  carriedFrom?: string;
  /** Confirms the carried-over rating as the learner's own. */
  onKeep?: () => void;
}

const KEY_RATINGS: Record<string, Rating> = { '1': 'not-yet', '2': 'with-help', '3': 'on-my-own' };

export function StatementRating({
  id: itemId,
  number,
  text,
  value,
  onChange,
  carriedFrom,
  onKeep,
}: StatementRatingProps) {
  const id = useId();
  const choices = useRef<HTMLDivElement>(null);
  const [noteOpen, setNoteOpen] = useState(Boolean(value?.note));
  const rate = (rating: Rating) =>
    onChange(value?.note === undefined ? { rating } : { rating, note: value.note }, true);

  // Keys 1, 2 and 3 rate the statement whose choices (or note button) have focus.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const rating = KEY_RATINGS[event.key];
    if (!rating || event.target instanceof HTMLTextAreaElement || event.altKey || event.ctrlKey || event.metaKey)
      return;
    event.preventDefault();
    rate(rating);
  };

  return (
    <li
      id={itemId}
      className="scroll-mt-4 rounded-md border border-line bg-surface p-4 shadow-sm focus-within:border-accent print:break-inside-avoid"
    >
      {/* The mark describes the group, so a screen reader says it on entering the choices; the name stays the statement. */}
      <fieldset aria-describedby={carriedFrom ? `${id}-carried` : undefined}>
        <legend className="text-ink">
          <span className="font-mono text-sm text-ink-muted">{number}. </span>
          <StatementText text={text} />
        </legend>
        {carriedFrom && (
          <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
            <p
              id={`${id}-carried`}
              className="rounded border border-dashed border-ink-muted bg-sunken px-2 py-0.5 text-sm font-semibold"
            >
              Carried over from {carriedFrom}, not confirmed yet
            </p>
            <button
              type="button"
              aria-label={`Keep this rating for statement ${number}`}
              onClick={() => {
                onKeep?.();
                // The button goes once pressed: focus stays with this statement's choices.
                choices.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
              }}
              className="min-h-11 text-sm font-semibold text-accent underline underline-offset-4"
            >
              Keep this rating
            </button>
          </div>
        )}
        <div ref={choices} className="mt-3 flex flex-wrap gap-2">
          {RATINGS.map((rating, index) => (
            <label
              key={rating}
              className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line px-3 text-sm has-checked:border-ink has-checked:bg-sunken has-checked:font-semibold"
            >
              <input
                type="radio"
                name={`${id}-rating`}
                value={rating}
                checked={value?.rating === rating}
                onChange={() => rate(rating)}
                onKeyDown={onKeyDown}
                className="accent-accent"
              />
              {RATING_LABELS[rating]}
              <kbd
                aria-hidden="true"
                className="hidden rounded border border-line px-1 text-xs text-ink-muted sm:inline"
              >
                {index + 1}
              </kbd>
            </label>
          ))}
        </div>
      </fieldset>
      {noteOpen ? (
        <div className="mt-3">
          <label htmlFor={`${id}-note`} className="text-sm font-semibold">
            Note <span className="font-normal text-ink-muted">(optional)</span>
          </label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={value?.note ?? ''}
            disabled={!value}
            placeholder={value ? 'For example, where you do this' : 'Rate the statement first'}
            onChange={(event) =>
              value &&
              onChange({ rating: value.rating, ...(event.target.value ? { note: event.target.value } : {}) }, false)
            }
            className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base"
          />
        </div>
      ) : (
        <button
          type="button"
          aria-label={`Add a note to statement ${number}`}
          onClick={() => setNoteOpen(true)}
          onKeyDown={onKeyDown}
          className="mt-2 min-h-11 text-sm font-semibold text-accent underline underline-offset-4"
        >
          Add a note
        </button>
      )}
    </li>
  );
}
