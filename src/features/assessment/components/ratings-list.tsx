import { Link } from 'react-router-dom';
import { StatementText } from '../../../components/statement-text';
import { paths } from '../../../config/paths';
import { LEVEL_IDS, LEVEL_NAMES } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import { RATING_LABELS, isCarriedOver, levelStatements, ratingFor, type Assessment } from '../lib/assessment';
import { statementItemId } from '../lib/resume';

export const RATINGS_LIST_ID = 'every-rating';

interface RatingsListProps {
  occupation: Occupation;
  assessment: Assessment;
  /** Links each statement back to its place on the rating page; left out in a read-only shared view. */
  changeable?: boolean;
  /**
   * What paper gets: every statement, or only those with a note (so that the
   * summary and the learner's own words fit on one page unless they ask for all).
   */
  print?: 'all' | 'notes';
}

/**
 * Every statement with its rating and note, level by level, the unrated ones
 * said to be so: the learner's "check your answers", and what a counselor
 * reads. Compact in print, each statement kept whole on its page.
 */
export function RatingsList({ occupation, assessment, changeable = false, print = 'all' }: RatingsListProps) {
  const levels = LEVEL_IDS.map((level) => {
    const statements = levelStatements(occupation, level).map((statement) => ({
      statement,
      entry: ratingFor(assessment, statement),
      carried: isCarriedOver(assessment, statement),
    }));
    const label = occupation.levels.find((item) => item.id === level)?.label ?? LEVEL_NAMES[level];
    return { level, label, statements };
  });
  const all = levels.flatMap((item) => item.statements);
  const unrated = all.filter((item) => !item.entry).length;
  const notes = all.filter((item) => item.entry?.note).length;
  const notesOnly = print === 'notes';
  /** Left off the paper when only notes are printed and this part has none. */
  const offPaper = (noted: boolean) => (notesOnly && !noted ? 'print:hidden' : '');
  return (
    <section
      aria-labelledby={`${RATINGS_LIST_ID}-heading`}
      className={`space-y-4 print:space-y-2 ${offPaper(notes > 0)}`}
    >
      <div className="space-y-1">
        <h2 id={`${RATINGS_LIST_ID}-heading`} className="text-xl font-bold print:text-base">
          {notesOnly ? (
            <>
              <span className="print:hidden">Every rating, with notes</span>
              <span className="hidden print:inline">Your notes</span>
            </>
          ) : (
            'Every rating, with notes'
          )}
        </h2>
        <p className={`text-ink-muted ${notesOnly ? 'print:hidden' : ''}`}>
          All {all.length} statements, level by level: {notes === 1 ? '1 note' : `${notes} notes`},{' '}
          {unrated === 0 ? 'none' : unrated} not rated.
        </p>
        {notesOnly && (
          <p className="hidden text-ink-muted print:block">
            The statements you added a note to, with your rating. Every rating is listed on screen; tick “Print every
            rating” there to print them all.
          </p>
        )}
      </div>
      {levels.map(({ level, label, statements }, position) => (
        <section
          key={level}
          aria-labelledby={`${RATINGS_LIST_ID}-${level}`}
          className={`space-y-2 print:space-y-1 ${offPaper(statements.some((item) => item.entry?.note))}`}
        >
          <h3
            id={`${RATINGS_LIST_ID}-${level}`}
            className="text-lg font-semibold print:break-after-avoid print:text-sm"
          >
            Level {position + 1}: {label}
          </h3>
          {statements.length === 0 ? (
            <p className="text-ink-muted">This framework has no statements at this level.</p>
          ) : (
            <ol className="divide-y divide-line rounded-md border border-line bg-surface print:rounded-none print:border-0 print:border-t">
              {statements.map(({ statement, entry, carried }) => (
                <li
                  key={statement.key}
                  className={`grid gap-x-4 gap-y-1 p-3 sm:grid-cols-[minmax(0,1fr)_auto] print:break-inside-avoid print:grid-cols-[minmax(0,1fr)_auto] print:px-0 print:py-1 ${offPaper(Boolean(entry?.note))}`}
                >
                  <p className="min-w-0">
                    <span className="font-mono text-sm text-ink-muted print:text-[10px]">{statement.index + 1}. </span>
                    <StatementText text={statement.text} />
                  </p>
                  {/* Read right after its statement; on wide screens and paper, beside it. */}
                  <div className="flex items-start gap-3 sm:col-start-2 sm:row-span-2 sm:row-start-1 sm:flex-col sm:items-end print:col-start-2 print:row-span-2 print:row-start-1 print:items-end">
                    <p className={entry ? 'font-semibold' : 'text-ink-muted italic'}>
                      <span className="sr-only">Rating: </span>
                      {entry ? RATING_LABELS[entry.rating] : 'Not rated'}
                    </p>
                    {changeable && (
                      <Link
                        to={{ pathname: paths.assessment.getHref(occupation.soc), hash: statementItemId(statement) }}
                        aria-label={`Change the rating of statement ${statement.index + 1} of ${label}`}
                        className="text-sm print:hidden"
                      >
                        Change
                      </Link>
                    )}
                  </div>
                  {entry?.note && (
                    <p className="min-w-0 border-l-4 border-line pl-3 text-sm [overflow-wrap:anywhere] print:border-l-2 print:pl-2 print:text-[10px]">
                      <span className="font-semibold">Note: </span>
                      {entry.note}
                    </p>
                  )}
                  {carried && assessment.carriedOver && (
                    <p className="text-sm text-ink-muted print:text-[10px]">
                      Carried over from {assessment.carriedOver.fromTitle}, not confirmed yet
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </section>
  );
}
