import type { DiffPart } from '../lib/word-diff';

/** Text with the words that changed marked: added ones underlined, dropped ones struck through. */
export function DiffText({ parts, kind }: { parts: readonly DiffPart[]; kind: 'added' | 'dropped' }) {
  return (
    <>
      {parts.map((part, index) =>
        !part.changed ? (
          // Parts are positional slices of one text; their order is their identity.
          <span key={index}>{part.text}</span>
        ) : kind === 'added' ? (
          <ins key={index} className="rounded-sm bg-added px-0.5 text-ink no-underline decoration-2 print:underline">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={index} className="rounded-sm bg-dropped px-0.5 text-ink decoration-2">
            <span className="sr-only">[dropped: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </>
  );
}
