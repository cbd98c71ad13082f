export interface DiffPart {
  text: string;
  /** True for words that the other statement does not have. */
  changed: boolean;
}

export interface WordDiff {
  before: DiffPart[];
  after: DiffPart[];
}

function comparable(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Splits into words and the spaces between them, so that rendering keeps the text exact. */
function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '');
}

function isSpace(token: string): boolean {
  return /^\s+$/.test(token);
}

/**
 * The words dropped from `before` and added in `after` (longest common
 * subsequence of words, ignoring case and punctuation).
 */
export function diffWords(before: string, after: string): WordDiff {
  const a = tokens(before);
  const b = tokens(after);
  const wordsA = a.map((token, index) => ({ index, key: comparable(token) })).filter((w) => !isSpace(a[w.index]!));
  const wordsB = b.map((token, index) => ({ index, key: comparable(token) })).filter((w) => !isSpace(b[w.index]!));
  const rows = wordsA.length;
  const cols = wordsB.length;
  // lengths[i][j]: common subsequence length of wordsA[i..] and wordsB[j..].
  const lengths = Array.from({ length: rows + 1 }, () => new Uint16Array(cols + 1));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      lengths[i]![j] =
        wordsA[i]!.key === wordsB[j]!.key
          ? lengths[i + 1]![j + 1]! + 1
          : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const keptA = new Set<number>();
  const keptB = new Set<number>();
  for (let i = 0, j = 0; i < rows && j < cols;) {
    if (wordsA[i]!.key === wordsB[j]!.key) {
      keptA.add(wordsA[i]!.index);
      keptB.add(wordsB[j]!.index);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  const parts = (list: string[], kept: Set<number>): DiffPart[] => {
    const result: DiffPart[] = [];
    list.forEach((text, index) => {
      const changed = !isSpace(text) && !kept.has(index);
      const last = result.at(-1);
      // Spaces join the run around them, so a changed phrase reads as one mark.
      const joins =
        last && (isSpace(text) ? last.changed && isChangedAhead(list, kept, index) : last.changed === changed);
      if (last && joins) last.text += text;
      else result.push({ text, changed: isSpace(text) ? false : changed });
    });
    return result;
  };
  return { before: parts(a, keptA), after: parts(b, keptB) };
}

function isChangedAhead(list: string[], kept: Set<number>, index: number): boolean {
  const next = index + 1;
  return next < list.length && !kept.has(next);
}

// Words that only link others: kept alone between two changes, they say nothing was kept.
const LINKING_WORDS = new Set(
  'a an the and or nor but of to in on at by for with from into onto as via per than'.split(' '),
);
// Of those, the ones whose change alone says nothing ("or" become "and"); "with" for "without" does.
const CONNECTIVES = new Set('a an the and or nor'.split(' '));

function isRunOf(words: ReadonlySet<string>, text: string): boolean {
  return text
    .split(/\s+/)
    .map(comparable)
    .every((word) => word === '' || words.has(word));
}

/**
 * Linking words join the runs around them: a kept run made only of linking
 * words or punctuation between two changes is marked changed with them, so
 * that "screen, forward," + "and" + "manage" reads as the one change "screen,
 * forward, and manage" instead of fragments around a shared "and"; and a
 * change made only of articles or conjunctions between two kept runs ("or"
 * become "and") is not marked, as it says nothing alone. The text stays
 * exactly as it was.
 */
export function joinLinkingWords(parts: readonly DiffPart[]): DiffPart[] {
  const runs: DiffPart[] = [];
  for (const part of parts) {
    const last = runs.at(-1);
    if (last && last.changed === part.changed) last.text += part.text;
    else runs.push({ ...part });
  }
  const joined: DiffPart[] = [];
  runs.forEach((run, index) => {
    const between = index > 0 && index < runs.length - 1;
    const flips = between && isRunOf(run.changed ? CONNECTIVES : LINKING_WORDS, run.text);
    const changed = flips ? !run.changed : run.changed;
    const last = joined.at(-1);
    if (last && last.changed === changed) last.text += run.text;
    else joined.push({ text: run.text, changed });
  });
  return joined;
}
