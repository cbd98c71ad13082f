import { foldText } from './fold-text';
import type { CatalogEntry } from './occupation';

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

function matchesWord(entry: CatalogEntry, word: string): boolean {
  if (foldText(entry.title).includes(word)) return true;
  // "43-4171", "434171" and "4171" all find 43-4171.00.
  const wordDigits = digits(word);
  return (
    wordDigits.length > 0 &&
    wordDigits.length === word.replace(/[-.\s]/g, '').length &&
    digits(entry.soc).includes(wordDigits)
  );
}

/** Whether every word of the query is in the title, or the query's digits in the SOC code. */
export function matchesQuery(entry: CatalogEntry, query: string): boolean {
  return foldText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => matchesWord(entry, word));
}
