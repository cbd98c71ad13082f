import { AddedWords, DiffText, DroppedWords } from '../../../components/diff-text';
import { StatementText } from '../../../components/statement-text';
import { diffStatements, shortenKeptRuns, type ShownPart } from '../lib/statement-diff';

interface MatrixCellProps {
  text: string | undefined;
  /** The statement before it in its row, if any. */
  previous: string | undefined;
  /** The name of the level before, to say "Same as Developing". */
  previousLabel: string;
  onlyChanges: boolean;
}

function EmptyCell() {
  return (
    <span className="text-ink-muted">
      <span aria-hidden="true">—</span>
      <span className="sr-only">No statement on this topic at this level</span>
    </span>
  );
}

/** Added words highlighted, kept words quieter, and long kept runs shortened to "…". */
function ChangedParts({ parts }: { parts: readonly ShownPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        // Parts are positional slices of one text; their order is their identity.
        part.changed ? (
          <AddedWords key={index}>{part.text}</AddedWords>
        ) : part.omitted ? (
          <span key={index} className="text-ink-muted">
            <span aria-hidden="true">…</span>
            {/* Screen readers still hear the whole statement. */}
            <span className="sr-only">{part.text}</span>
          </span>
        ) : (
          <span key={index} className="text-ink-muted">
            {part.text}
          </span>
        ),
      )}
    </>
  );
}

/**
 * One statement of the matrix. Against the statement before it, the full view
 * marks the words it adds and lists those it drops; "only what changes" keeps
 * the topic and the added phrases whole, quietens the kept words, shortens
 * long kept runs and leaves the dropped words to the column before, so it is
 * never longer than the full view and never shows a stray "and".
 */
export function MatrixCell({ text, previous, previousLabel, onlyChanges }: MatrixCellProps) {
  if (text === undefined) return <EmptyCell />;
  if (previous === undefined) return <StatementText text={text} />;
  const diff = diffStatements(previous, text);
  if (onlyChanges && diff.same) return <span className="text-ink-muted">Same as {previousLabel}</span>;
  const topic = diff.topic && (
    <>
      <strong className="font-semibold">
        <DiffText parts={diff.topic} kind="added" />
      </strong>
      <span className="text-ink-muted"> — </span>
    </>
  );
  if (onlyChanges) {
    return (
      <>
        {topic}
        <ChangedParts parts={shortenKeptRuns(diff.description)} />
      </>
    );
  }
  return (
    <>
      {topic}
      <DiffText parts={diff.description} kind="added" />
      {diff.dropped.length > 0 && (
        // In print the column before, beside it on the page, shows them: the list is left out to keep the print short.
        <p className="mt-2 text-xs text-ink-muted print:hidden">
          Dropped:{' '}
          {diff.dropped.map((phrase, index) => (
            <span key={index}>
              {index > 0 && '; '}
              <DroppedWords>{phrase}</DroppedWords>
            </span>
          ))}
        </p>
      )}
    </>
  );
}
