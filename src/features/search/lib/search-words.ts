import { foldText } from '../../../lib/fold-text.ts';

/**
 * Words as search sees them, the same at build time (the index) and in the
 * browser (the query and the highlighting): accents folded, lower case, split
 * on anything that is not a letter or digit.
 */

// Words that occur in nearly every statement and say nothing about its subject.
// Leaving them out of the index keeps it small; a query of only these finds nothing.
const STOP_WORDS = new Set('a an and are as at be by for from in into is it of on or the to with'.split(' '));

/** The searchable words of a text, in order, repeats kept. */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word));
}

export interface TextPiece {
  text: string;
  /** The piece's folded form when it is a word, otherwise null. */
  word: string | null;
}

/**
 * Splits a text into words and what lies between them, keeping every
 * character, so that matched words can be marked without changing the text.
 */
export function splitWords(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  // Letters and digits in any script: the folded form decides whether a word matches.
  const pattern = /[\p{L}\p{N}\p{M}]+/gu;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), word: null });
    pieces.push({ text: match[0], word: foldText(match[0]) });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), word: null });
  return pieces;
}
