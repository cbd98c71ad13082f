import type { Export, LevelId } from './exports';

// A statement's citable address is its level page plus an anchor made from its
// topic. This is the contract as published links rely on it, written out here
// independently of the app's code: a slug of the topic (accents folded, lower
// case, words joined by hyphens, at most 60 characters cut at a word), a
// repeated anchor gets -2, -3…, and a statement without a topic is statement-N.

const MAX_SLUG_LENGTH = 60;
// "Topic — description"; en dashes and a spaced hyphen are accepted too.
const SEPARATORS = [/\s+—\s+/, /\s+–\s+/, /\s+-\s+/];

function topicOf(statement: string): string | null {
  const trimmed = statement.trim();
  for (const separator of SEPARATORS) {
    const match = separator.exec(trimmed);
    if (!match) continue;
    const topic = trimmed.slice(0, match.index).trim();
    if (topic && trimmed.slice(match.index + match[0].length).trim()) return topic;
  }
  return null;
}

function slug(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
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

/** The anchors of a level's statements, in order. */
export function expectedAnchors(statements: readonly string[]): string[] {
  const used = new Set<string>();
  return statements.map((statement, index) => {
    const topic = topicOf(statement);
    const fromTopic = topic === null ? '' : slug(topic);
    const base = fromTopic && !/^statement-\d+$/.test(fromTopic) ? fromTopic : `statement-${index + 1}`;
    let anchor = base;
    for (let suffix = 2; used.has(anchor); suffix += 1) anchor = `${base}-${suffix}`;
    used.add(anchor);
    return anchor;
  });
}

/** The site-relative address of statement `index` (from 0) of a level. */
export function statementPath(data: Export, level: LevelId, index: number): string {
  const anchor = expectedAnchors(data.framework.levels[level].statements)[index];
  if (anchor === undefined) throw new Error(`No statement ${index + 1} at ${level} in ${data.occupation.soc}`);
  return `/occupations/${encodeURIComponent(data.occupation.soc)}/${level}#${encodeURIComponent(anchor)}`;
}
