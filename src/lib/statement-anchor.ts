import { foldText } from './fold-text';
import { splitStatement } from './statement';

const MAX_SLUG_LENGTH = 60;

function slug(text: string): string {
  const words = foldText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let result = '';
  for (const word of words) {
    const next = result ? `${result}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH && result) break;
    result = next;
  }
  return result;
}

/**
 * The anchor of each statement on its level page. It is made from the topic,
 * not the position, so a citation survives statements being added or
 * reordered in a later version; a statement without a topic (or a repeated
 * topic) falls back to its number.
 */
export function statementAnchors(statements: readonly string[]): string[] {
  const used = new Set<string>();
  return statements.map((statement, index) => {
    const { topic } = splitStatement(statement);
    const fromTopic = topic === null ? '' : slug(topic);
    const base = fromTopic && !/^statement-\d+$/.test(fromTopic) ? fromTopic : `statement-${index + 1}`;
    let anchor = base;
    for (let suffix = 2; used.has(anchor); suffix += 1) anchor = `${base}-${suffix}`;
    used.add(anchor);
    return anchor;
  });
}
