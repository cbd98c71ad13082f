import { useId, useState, type KeyboardEvent } from 'react';
import { StatementText } from '../../../components/statement-text';
import { RATINGS, RATING_LABELS, type Rating, type RatingValue as Value } from '../lib/assessment';

interface StatementRatingProps {
  number: number;
  text: string;
  value: Value | undefined;
  onChange: (value: Value | undefined) => void;
}

const KEY_RATINGS: Record<string, Rating> = { '1': 'not-yet', '2': 'with-help', '3': 'on-my-own' };

export function StatementRating({ number, text, value, onChange }: StatementRatingProps) {
  const id = useId();
  const [noteOpen, setNoteOpen] = useState(Boolean(value?.note));
  const rate = (rating: Rating) => onChange(value?.note === undefined ? { rating } : { rating, note: value.note });

  // Keys 1, 2 and 3 rate the statement whose choices (or note button) have focus.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const rating = KEY_RATINGS[event.key];
    if (!rating || event.target instanceof HTMLTextAreaElement || event.altKey || event.ctrlKey || event.metaKey)
      return;
    event.preventDefault();
    rate(rating);
  };

  return (
    <li className="rounded-md border border-line bg-surface p-4 shadow-sm focus-within:border-accent print:break-inside-avoid">
      <fieldset>
        <legend className="text-ink">
          <span className="font-mono text-sm text-ink-muted">{number}. </span>
          <StatementText text={text} />
        </legend>
        <div className="mt-3 flex flex-wrap gap-2">
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
              value && onChange({ rating: value.rating, ...(event.target.value ? { note: event.target.value } : {}) })
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
