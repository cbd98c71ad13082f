import { splitStatement } from '../../../lib/statement';
import { splitWords } from '../lib/search-words';

/** The text with every word that matched the query marked. */
export function HighlightedText({ text, words }: { text: string; words: ReadonlySet<string> }) {
  return (
    <>
      {splitWords(text).map((piece, index) =>
        piece.word !== null && words.has(piece.word) ? (
          <mark key={index} className="rounded-sm bg-highlight px-0.5 text-ink">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

/** A statement as on its level page (topic as a bold lead-in), with matches marked. */
export function HighlightedStatement({ text, words }: { text: string; words: ReadonlySet<string> }) {
  const { topic, description } = splitStatement(text);
  return (
    <>
      {topic !== null && (
        <>
          <strong className="font-semibold">
            <HighlightedText text={topic} words={words} />
          </strong>
          <span className="text-ink-muted"> — </span>
        </>
      )}
      <HighlightedText text={description} words={words} />
    </>
  );
}
