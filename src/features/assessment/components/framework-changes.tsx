import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { DiffText } from '../../../components/diff-text';
import { StatementText } from '../../../components/statement-text';
import { formatDate } from '../../../lib/format-date';
import { LEVEL_NAMES } from '../../../lib/levels';
import { diffWords } from '../../../lib/word-diff';
import {
  RATING_LABELS,
  earlierStatementText,
  type Assessment,
  type EarlierRating,
  type VersionChanges,
} from '../lib/assessment';

export const FRAMEWORK_CHANGES_ID = 'framework-changes';

const buttonClass = 'min-h-11 rounded-md border border-line bg-surface px-3 text-sm font-semibold hover:border-accent';

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}

function carried(changes: VersionChanges): number {
  return changes.moved + changes.restored + changes.reworded.length + changes.earlier;
}

function framed(changes: VersionChanges): number {
  return (changes.added?.length ?? 0) + (changes.removed ?? 0);
}

interface FrameworkChangesProps {
  assessment: Assessment;
  /** Without it the earlier ratings are read-only, as in a shared view. */
  onRemoveEarlier?: (entry: EarlierRating) => void;
  onDismissChanges?: () => void;
}

/**
 * What the last new version of the framework did to the learner's ratings,
 * and the ratings kept for statements it no longer has. Shown only when there
 * is something to say.
 */
export function FrameworkChanges({ assessment, onRemoveEarlier, onDismissChanges }: FrameworkChangesProps) {
  const { changes } = assessment;
  const earlier = assessment.earlier ?? [];
  const shown = Boolean(changes) || earlier.length > 0;
  const section = useRef<HTMLElement>(null);
  const { hash } = useLocation();
  // The link from the rating page lands here; the section arrives after the page, so the browser cannot scroll to it.
  useEffect(() => {
    if (!shown || hash !== `#${FRAMEWORK_CHANGES_ID}`) return;
    section.current?.scrollIntoView?.({ block: 'start' });
    section.current?.focus({ preventScroll: true });
  }, [shown, hash]);
  if (!shown) return null;
  return (
    <section
      ref={section}
      tabIndex={-1}
      id={FRAMEWORK_CHANGES_ID}
      aria-labelledby={`${FRAMEWORK_CHANGES_ID}-heading`}
      className="space-y-3 rounded-lg border border-line bg-surface p-5 print:p-2"
    >
      <h2 id={`${FRAMEWORK_CHANGES_ID}-heading`} className="text-xl font-bold print:text-base">
        Changes in this framework
      </h2>
      {changes && (
        <div className="space-y-2">
          <p>
            {changes.fromVersion === changes.toVersion
              ? `The statements of framework ${changes.toVersion} changed`
              : `The framework changed from version ${changes.fromVersion} to ${changes.toVersion}`}{' '}
            ({formatDate(changes.at)}). Your ratings were carried over by the statements’ wording.
          </p>
          {carried(changes) === 0 && <p>Every statement you rated is worded as before: your ratings still apply.</p>}
          {carried(changes) + framed(changes) > 0 && (
            <ul className="list-disc space-y-1 pl-6">
              {(changes.added?.length ?? 0) > 0 && (
                <li>
                  {count(
                    changes.added?.length ?? 0,
                    'statement is new in this version, not yet rated',
                    'statements are new in this version, not yet rated',
                  )}
                  , listed below.
                </li>
              )}
              {(changes.removed ?? 0) > 0 && (
                <li>
                  {count(
                    changes.removed ?? 0,
                    'statement you had not rated is no longer in the framework',
                    'statements you had not rated are no longer in the framework',
                  )}
                  .
                </li>
              )}
              {changes.moved > 0 && (
                <li>
                  {count(changes.moved, 'rating moved with its statement', 'ratings moved with their statements')}.
                </li>
              )}
              {changes.restored > 0 && (
                <li>
                  {count(
                    changes.restored,
                    'rating from an earlier version applies again: its statement is back',
                    'ratings from an earlier version apply again: their statements are back',
                  )}
                  .
                </li>
              )}
              {changes.reworded.length > 0 && (
                <li>
                  {count(
                    changes.reworded.length,
                    'statement was reworded slightly and kept its rating',
                    'statements were reworded slightly and kept their ratings',
                  )}
                  :
                </li>
              )}
              {changes.earlier > 0 && (
                <li>
                  {count(
                    changes.earlier,
                    'rating is for a statement this version no longer has',
                    'ratings are for statements this version no longer has',
                  )}
                  , listed below.
                </li>
              )}
            </ul>
          )}
          {changes.added && changes.added.length > 0 && (
            <div className="space-y-1">
              <h3 className="font-semibold">New in this version</h3>
              <ul aria-label="New statements" className="space-y-2">
                {changes.added.map((item, index) => (
                  // Added statements have no identity beyond their order in the record.
                  <li key={index} className="rounded-md border border-line p-3 text-sm">
                    <p className="text-ink-muted">{LEVEL_NAMES[item.level]}</p>
                    <p>
                      <StatementText text={item.text} />
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {changes.reworded.length > 0 && (
            <ul aria-label="Reworded statements" className="space-y-2">
              {changes.reworded.map((item, index) => {
                const diff = diffWords(item.before, item.after);
                return (
                  // Reworded pairs have no identity beyond their order in the record.
                  <li key={index} className="rounded-md border border-line p-3 text-sm">
                    <p className="font-semibold">{LEVEL_NAMES[item.level]}</p>
                    <p>
                      <span className="text-ink-muted">Before: </span>
                      <DiffText parts={diff.before} kind="dropped" />
                    </p>
                    <p>
                      <span className="text-ink-muted">Now: </span>
                      <DiffText parts={diff.after} kind="added" />
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
          {onDismissChanges && (
            <button type="button" className={`${buttonClass} print:hidden`} onClick={onDismissChanges}>
              Hide this summary
            </button>
          )}
        </div>
      )}
      {earlier.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">Ratings from an earlier version</h3>
          <p className="text-sm text-ink-muted">
            These statements are not in the framework any more, so these ratings count towards no level. They are kept
            until you remove them.
          </p>
          <ul aria-label="Ratings from an earlier version" className="space-y-2">
            {earlier.map((entry, index) => {
              const text = earlierStatementText(entry);
              return (
                // Entries may repeat word for word; their order is their identity.
                <li
                  key={index}
                  className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-line p-3 text-sm"
                >
                  <div className="min-w-0 space-y-1">
                    <p className="text-ink-muted">
                      {LEVEL_NAMES[entry.level]}, version {entry.version}
                    </p>
                    <p>{entry.text === null ? text : <StatementText text={text} />}</p>
                    <p>
                      <span className="font-semibold">{RATING_LABELS[entry.rating]}</span>
                      {entry.note ? <span className="text-ink-muted"> · Note: {entry.note}</span> : null}
                    </p>
                  </div>
                  {onRemoveEarlier && (
                    <button
                      type="button"
                      className={`${buttonClass} print:hidden`}
                      aria-label={`Remove the earlier rating of “${text}”`}
                      onClick={() => onRemoveEarlier(entry)}
                    >
                      Remove
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
