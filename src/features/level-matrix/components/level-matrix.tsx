import { useId, useState } from 'react';
import { levelBadgeClass } from '../../../components/level-style';
import { LEVEL_IDS } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import { splitStatement } from '../../../lib/statement';
import { LooseMatchTag } from './loose-match-tag';
import { MatrixCell } from './matrix-cell';

const TRANSITIONS = [0, 1, 2] as const;

/** The level matrix: rows of statements on the same topic, one column per level. */
export function LevelMatrix({ occupation }: { occupation: Occupation }) {
  const id = useId();
  const [onlyChanges, setOnlyChanges] = useState(false);
  // On narrow screens two neighbouring levels show at a time; rows stay aligned.
  const [transition, setTransition] = useState(0);
  const labels = occupation.levels.map((level) => level.label);
  const visible = (column: number) =>
    column === transition || column === transition + 1 ? 'table-cell' : 'hidden md:table-cell print:table-cell';

  return (
    <div className="space-y-4 print:space-y-0">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <div>
          <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 font-semibold">
            <input
              type="checkbox"
              checked={onlyChanges}
              onChange={(event) => setOnlyChanges(event.target.checked)}
              aria-describedby={`${id}-only-changes`}
              className="size-5 accent-accent"
            />
            Show only what changes
          </label>
          <p id={`${id}-only-changes`} className="max-w-prose text-sm text-ink-muted">
            Keeps each topic and the words a level adds, without the lists of dropped words; words kept from the level
            before are quieter, and long runs of them are shortened to “…”.
          </p>
        </div>
        <fieldset className="md:hidden">
          <legend className="text-sm font-semibold">Levels shown</legend>
          <div className="mt-1 flex flex-wrap gap-1">
            {TRANSITIONS.map((start) => (
              <label
                key={start}
                className="inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-md border border-line bg-surface px-2 text-sm has-checked:border-ink has-checked:font-semibold"
              >
                <input
                  type="radio"
                  name={`${id}-transition`}
                  checked={transition === start}
                  onChange={() => setTransition(start)}
                  className="accent-accent"
                />
                {labels[start]} → {labels[start + 1]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {/* In print: small, tight type and rows kept whole, so 40 statements fit on two A4 pages with a print dialog’s usual 10 mm margins. */}
      <table className="w-full table-fixed border-separate border-spacing-0 text-sm print:text-[8pt] print:leading-tight">
        <caption className="sr-only">
          Statements of {occupation.title} on the same topic, side by side across the four levels
        </caption>
        <thead>
          <tr>
            <th scope="col" className="w-0 p-0">
              <span className="sr-only">Topic</span>
            </th>
            {LEVEL_IDS.map((level, column) => (
              <th
                key={level}
                scope="col"
                className={`sticky top-0 z-10 border-b-2 border-line bg-page px-2 py-2 text-left align-bottom print:static print:px-1 print:py-1 ${visible(column)}`}
              >
                <span className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className={`grid size-6 shrink-0 place-items-center rounded-full text-xs font-bold print:size-5 ${levelBadgeClass[level]}`}
                  >
                    {column + 1}
                  </span>
                  <span>
                    <span className="sr-only">Level {column + 1}: </span>
                    {labels[column]}
                  </span>
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {occupation.levelMatrix.map(({ statements: row, loose }, rowIndex) => {
            const first = row.findIndex((index) => index !== null);
            const topicSource = occupation.levels[first]?.statements[row[first] ?? -1] ?? '';
            const texts = row.map((index, column) =>
              index === null ? undefined : occupation.levels[column]?.statements[index],
            );
            // On a phone, a row with nothing in the two levels shown is left out.
            const emptyOnPhone = texts[transition] === undefined && texts[transition + 1] === undefined;
            return (
              <tr
                key={rowIndex}
                className={`${emptyOnPhone ? 'hidden md:table-row print:table-row' : ''} print:break-inside-avoid`}
              >
                <th scope="row" className="w-0 p-0 font-normal">
                  <span className="sr-only">{splitStatement(topicSource).topic ?? `Row ${rowIndex + 1}`}</span>
                </th>
                {texts.map((text, column) => (
                  <td
                    key={column}
                    className={`border-b border-line px-2 py-3 align-top break-words print:px-1 print:py-0.5 ${visible(column)} ${
                      text === undefined ? '' : 'bg-surface'
                    }`}
                  >
                    {loose[column] && <LooseMatchTag previousLabel={labels[column - 1] ?? ''} />}
                    <MatrixCell
                      text={text}
                      previous={column > 0 ? texts[column - 1] : undefined}
                      previousLabel={labels[column - 1] ?? ''}
                      onlyChanges={onlyChanges}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
