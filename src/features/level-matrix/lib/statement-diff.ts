import { splitStatement } from '../../../lib/statement';
import { diffWords, joinLinkingWords, type DiffPart } from '../../../lib/word-diff';

/** A statement of the matrix against the one before it in its row. */
export interface StatementDiff {
  /** The topic with the words it adds marked, or null when the statement has none. */
  topic: DiffPart[] | null;
  /** The rest of the statement (all of it when there is no topic), its added words marked. */
  description: DiffPart[];
  /** Phrases of the statement before that this one no longer has, in their order. */
  dropped: string[];
  /** True when both say the same words (ignoring case and punctuation). */
  same: boolean;
}

function diffPhrases(before: string, after: string) {
  const diff = diffWords(before, after);
  return { before: joinLinkingWords(diff.before), after: joinLinkingWords(diff.after) };
}

const changedText = (parts: readonly DiffPart[]) =>
  parts.filter((part) => part.changed).map((part) => part.text.trim());

/**
 * Topics are compared with topics and descriptions with descriptions, so a
 * word never reads as kept because the other part happened to have it.
 */
export function diffStatements(previous: string, text: string): StatementDiff {
  const before = splitStatement(previous);
  const after = splitStatement(text);
  if (before.topic === null || after.topic === null) {
    const whole = diffPhrases(previous, text);
    const dropped = changedText(whole.before);
    const added = changedText(whole.after);
    return { topic: null, description: whole.after, dropped, same: added.length + dropped.length === 0 };
  }
  const topic = diffPhrases(before.topic, after.topic);
  const description = diffPhrases(before.description, after.description);
  const dropped = [...changedText(topic.before), ...changedText(description.before)];
  const added = [...changedText(topic.after), ...changedText(description.after)];
  return {
    topic: topic.after,
    description: description.after,
    dropped,
    same: added.length + dropped.length === 0,
  };
}

/** A part of a statement as the "only what changes" view shows it. */
export interface ShownPart extends DiffPart {
  /** Kept words left out of view (shown as "…"); `text` holds them for screen readers. */
  omitted?: true;
}

/** Runs of kept words at least this long are shortened. */
export const LONGEST_KEPT_RUN = 7;
/** Words kept in view at each end of a shortened run, to say where the change sits. */
const EDGE_WORDS = 2;

/**
 * Shortens each run of kept words of at least LONGEST_KEPT_RUN words to its
 * first and last EDGE_WORDS words around an ellipsis, so what is left reads
 * as whole words: the added phrases and the kept words beside them.
 */
export function shortenKeptRuns(parts: readonly DiffPart[], longest = LONGEST_KEPT_RUN): ShownPart[] {
  return parts.flatMap((part): ShownPart[] => {
    if (part.changed) return [part];
    // Words with the spaces after them, so the text is cut only between words.
    const words = part.text.match(/\s*\S+\s*/g) ?? [];
    if (words.length < longest) return [part];
    const head = words.slice(0, EDGE_WORDS).join('');
    const middle = words.slice(EDGE_WORDS, -EDGE_WORDS).join('');
    const tail = words.slice(-EDGE_WORDS).join('');
    const [lead = ''] = /^\s*/.exec(middle) ?? [];
    const [trail = ''] = /\s*$/.exec(middle) ?? [];
    return [
      { text: `${head}${lead}`, changed: false },
      { text: middle.trim(), changed: false, omitted: true as const },
      { text: `${trail}${tail}`, changed: false },
    ];
  });
}
