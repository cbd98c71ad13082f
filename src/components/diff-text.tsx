import type { ReactNode } from 'react';
import type { DiffPart } from '../lib/word-diff';

/** Words one text adds to another: highlighted on screen, underlined in print (backgrounds do not print). */
export function AddedWords({ children }: { children: ReactNode }) {
  return (
    <ins className="rounded-sm bg-added px-0.5 text-ink no-underline decoration-2 print:underline print:decoration-1">
      <span className="sr-only">[added: </span>
      {children}
      <span className="sr-only">]</span>
    </ins>
  );
}

/** Words one text no longer has: struck through. */
export function DroppedWords({ children }: { children: ReactNode }) {
  return (
    <del className="rounded-sm bg-dropped px-0.5 text-ink decoration-2">
      <span className="sr-only">[dropped: </span>
      {children}
      <span className="sr-only">]</span>
    </del>
  );
}

/** Text with the words that changed marked: added ones underlined, dropped ones struck through. */
export function DiffText({ parts, kind }: { parts: readonly DiffPart[]; kind: 'added' | 'dropped' }) {
  return (
    <>
      {parts.map((part, index) =>
        !part.changed ? (
          // Parts are positional slices of one text; their order is their identity.
          <span key={index}>{part.text}</span>
        ) : kind === 'added' ? (
          <AddedWords key={index}>{part.text}</AddedWords>
        ) : (
          <DroppedWords key={index}>{part.text}</DroppedWords>
        ),
      )}
    </>
  );
}
