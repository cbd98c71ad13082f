export interface StatementParts {
  /** The lead-in before the dash, or null when the statement has no separator. */
  topic: string | null;
  /** The rest of the statement: the whole text when there is no topic. */
  description: string;
}

// Exports write "Topic — action under condition in context" with an em dash.
// En dashes and a spaced hyphen are accepted too, because hand-edited exports
// use them; an unspaced hyphen is part of a word ("follow-up") and never splits.
const SEPARATORS = [/\s+—\s+/, /\s+–\s+/, /\s+-\s+/];

export function splitStatement(text: string): StatementParts {
  const trimmed = text.trim();
  for (const separator of SEPARATORS) {
    const match = separator.exec(trimmed);
    if (!match) continue;
    const topic = trimmed.slice(0, match.index).trim();
    const description = trimmed.slice(match.index + match[0].length).trim();
    if (topic && description) return { topic, description };
  }
  return { topic: null, description: trimmed };
}
