import { maxWeightAssignment } from '../../../lib/assignment';
import { LEVEL_IDS, type LevelId } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import { Vocabulary, cosine, statementTermCounts } from '../../../lib/text-vectors';
import {
  frameworkPrints,
  levelOfKey,
  statementPrint,
  type AddedStatement,
  levelStatements,
  normalText,
  parsePositionKey,
  type Assessment,
  type CurrentStatement,
  type EarlierRating,
  type RatingValue,
  type RewordedStatement,
  type StatementRating,
  type VersionChanges,
} from './assessment';

/**
 * Least TF-IDF cosine (the build's own vectors, docs/decisions/004) for a
 * rating to follow a statement that was reworded. Measured on the seed
 * exports in data/ (vocabulary over one occupation's statements, old and new
 * texts, as here): two distinct statements of one level reach at most 0.272
 * (43-9199.00, Proficient; the other seeds 0.165 to 0.224), while every
 * statement with one or two words replaced or dropped, or a topic word
 * changed, keeps at least 0.706 (6,415 variants, median 0.937). The floor
 * sits midway. The synthetic corpus (scripts/corpus.ts) is harsher: its
 * templates put near-identical statements in one level (up to 0.835), which
 * would pass as rewordings of each other if one replaced the other.
 */
export const REWORDED_FLOOR = 0.5;

export interface ReconcileResult {
  assessment: Assessment;
  /** False when the assessment already fits the framework: the caller saves only when true. */
  changed: boolean;
  /** What this carry-over did, when it carried anything across a change. */
  changes: VersionChanges | null;
}

/** A rating looking for its statement. */
interface Pending extends RatingValue {
  text: string;
  /** Where it was: under a key (placed ratings) or at a position (ratings by position). */
  key?: string;
  position?: number;
  version: string;
}

interface LevelState {
  level: LevelId;
  statements: readonly CurrentStatement[];
  claimed: Set<number>;
  pending: Pending[];
}

function value({ rating, note }: RatingValue): RatingValue {
  return note === undefined ? { rating } : { rating, note };
}

function toEarlier(level: LevelId, entry: Pending): EarlierRating {
  return { level, text: entry.text, position: entry.position ?? null, ...value(entry), version: entry.version };
}

/** Texts that occur more than once in the list. */
function repeatedTexts(texts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const text of texts) {
    const normal = normalText(text);
    if (seen.has(normal)) repeated.add(normal);
    seen.add(normal);
  }
  return repeated;
}

/** Ratings under keys first (natural order, so "filing-2" before "filing-10"), then by position. */
function pendingOrder(a: Pending, b: Pending): number {
  if (a.key !== undefined && b.key !== undefined) return a.key.localeCompare(b.key, 'en', { numeric: true });
  if (a.key !== undefined) return -1;
  if (b.key !== undefined) return 1;
  return (a.position ?? 0) - (b.position ?? 0);
}

/**
 * The carried-over marks moved with their ratings; a mark whose rating went
 * to `earlier` goes, as there is nothing left to confirm.
 */
function carriedAfter(carried: Assessment['carriedOver'], keyMoves: ReadonlyMap<string, string>) {
  if (!carried) return undefined;
  const keys = carried.keys.flatMap((key) => {
    const moved = keyMoves.get(key);
    return moved === undefined ? [] : [moved];
  });
  return keys.length === 0 ? undefined : { ...carried, keys };
}

/**
 * Carries an assessment's ratings onto the occupation's current framework.
 * Per level: a rating whose key still holds its exact text stays; ratings by
 * position are placed when their framework version is the one at hand (and
 * their text, if known, is still there); the rest follow their text, word for
 * word first and then, for slight rewordings, by the build's similarity and
 * an optimal one-to-one assignment; what finds no statement goes to
 * `earlier`, with its text. Earlier ratings whose exact text is back are
 * restored. Nothing is ever dropped. Pure and idempotent.
 */
export function reconcileAssessment(assessment: Assessment, occupation: Occupation, now: Date): ReconcileResult {
  const fromVersion = assessment.frameworkVersion;
  const toVersion = occupation.framework.version;
  const ratings: Record<string, StatementRating> = {};
  const keptEarlier = [...(assessment.earlier ?? [])];
  const newEarlier: EarlierRating[] = [];
  const reworded: RewordedStatement[] = [];
  let moved = 0;
  let restored = 0;
  /** Whether any rating ends anywhere but where it was, as it was. */
  let unsettled = false;

  /** Where each rating under a key went, for the carried-over marks to follow their ratings. */
  const keyMoves = new Map<string, string>();
  const place = (state: LevelState, statement: CurrentStatement, entry: RatingValue, fromKey?: string) => {
    state.claimed.add(statement.index);
    ratings[statement.key] = { ...value(entry), text: statement.text };
    if (fromKey !== undefined) keyMoves.set(fromKey, statement.key);
  };

  const states = LEVEL_IDS.map((level): LevelState => {
    const state: LevelState = {
      level,
      statements: levelStatements(occupation, level),
      claimed: new Set(),
      pending: [],
    };
    const byKey = new Map(state.statements.map((statement) => [statement.key, statement]));

    const keyed = Object.entries(assessment.ratings).filter(([key]) => levelOfKey(key) === level);
    // A text said twice in a level is placed by order instead (below): the same key could
    // now hold the other copy, as copies take their anchors in order.
    const repeated = new Set([
      ...repeatedTexts(state.statements.map((statement) => statement.text)),
      ...repeatedTexts(keyed.map(([, entry]) => entry.text)),
    ]);
    for (const [key, entry] of keyed) {
      const statement = byKey.get(key);
      if (statement && entry.text === statement.text && !repeated.has(normalText(entry.text))) {
        place(state, statement, entry, key);
      } else {
        state.pending.push({ ...value(entry), text: entry.text, key, version: fromVersion });
      }
    }

    const unplaced = assessment.unplaced;
    const positioned = Object.entries(unplaced?.ratings ?? {})
      .map(([key, entry]) => ({ at: parsePositionKey(key), entry }))
      .filter((item) => item.at?.level === level)
      .sort((a, b) => (a.at?.index ?? 0) - (b.at?.index ?? 0));
    for (const { at, entry } of positioned) {
      if (!unplaced || !at) continue;
      const trusted = unplaced.version === toVersion;
      const statement = trusted ? state.statements[at.index] : undefined;
      const textFits = entry.text === undefined || (statement && normalText(entry.text) === normalText(statement.text));
      if (statement && textFits && !state.claimed.has(statement.index)) {
        place(state, statement, entry);
      } else if (entry.text !== undefined) {
        state.pending.push({ ...value(entry), text: entry.text, position: at.index, version: unplaced.version });
      } else {
        // A position alone says nothing in another version: never put it on whatever sits there now.
        newEarlier.push({
          level,
          text: statement?.text ?? null,
          position: at.index,
          ...value(entry),
          version: unplaced.version,
        });
      }
    }

    state.pending.sort(pendingOrder);

    // The same text, in order, so that repeated statements keep their order.
    state.pending = state.pending.filter((entry) => {
      const text = normalText(entry.text);
      const statement = state.statements.find(
        (candidate) => !state.claimed.has(candidate.index) && normalText(candidate.text) === text,
      );
      if (!statement) return true;
      place(state, statement, entry, entry.key);
      const samePlace = entry.key !== undefined ? entry.key === statement.key : entry.position === statement.index;
      if (!samePlace) moved++;
      // A repeated text back under its own key, word for word, is no change at all.
      if (!samePlace || entry.key === undefined || entry.text !== statement.text) unsettled = true;
      return false;
    });

    // A statement that comes back word for word brings back its earlier rating.
    for (let at = 0; at < keptEarlier.length; at++) {
      const entry = keptEarlier[at];
      if (!entry || entry.level !== level || entry.text === null) continue;
      const text = normalText(entry.text);
      const statement = state.statements.find(
        (candidate) => !state.claimed.has(candidate.index) && normalText(candidate.text) === text,
      );
      if (!statement) continue;
      place(state, statement, entry);
      keptEarlier.splice(at--, 1);
      restored++;
    }
    return state;
  });

  const open = states.filter((state) => state.pending.length > 0 && state.claimed.size < state.statements.length);
  if (open.length > 0) {
    // Term weights from the texts in play: the old texts and the occupation's current statements.
    const vocabulary = new Vocabulary();
    const counts = new Map<string, Map<string, number>>();
    const countsOf = (text: string) => {
      let entry = counts.get(text);
      if (!entry) counts.set(text, (entry = statementTermCounts(text)));
      return entry;
    };
    for (const state of states) for (const entry of state.pending) vocabulary.add(countsOf(entry.text));
    for (const level of occupation.levels) for (const text of level.statements) vocabulary.add(countsOf(text));

    for (const state of open) {
      const free = state.statements.filter((statement) => !state.claimed.has(statement.index));
      const freeVectors = free.map((statement) => vocabulary.vector(countsOf(statement.text)));
      const weights = state.pending.map((entry) => {
        const vector = vocabulary.vector(countsOf(entry.text));
        return freeVectors.map((other) => {
          const similarity = cosine(vector, other);
          // Below the floor a pair is worth nothing, so it never displaces a real rewording.
          return similarity >= REWORDED_FLOOR ? similarity : 0;
        });
      });
      const matched = new Set<number>();
      for (const [row, column] of maxWeightAssignment(weights)) {
        const entry = state.pending[row];
        const statement = free[column];
        if (!entry || !statement || (weights[row]?.[column] ?? 0) < REWORDED_FLOOR) continue;
        place(state, statement, entry, entry.key);
        reworded.push({ level: state.level, before: entry.text, after: statement.text });
        unsettled = true;
        matched.add(row);
      }
      state.pending = state.pending.filter((_, row) => !matched.has(row));
    }
  }
  for (const state of states) for (const entry of state.pending) newEarlier.push(toEarlier(state.level, entry));

  // What the framework itself changed, beyond the rated statements: known when the prints of the
  // version before were kept (assessments saved before prints were kept learn them now).
  const prints = frameworkPrints(occupation);
  const before = assessment.statementPrints;
  const samePrints = before !== undefined && JSON.stringify(before) === JSON.stringify(prints);
  const added: AddedStatement[] = [];
  let removed = 0;
  if (before && !samePrints) {
    states.forEach((state, position) => {
      const old = new Set(before[position] ?? []);
      for (const statement of state.statements) {
        if (!old.has(statementPrint(statement.text)) && !state.claimed.has(statement.index)) {
          added.push({ level: state.level, text: statement.text });
        }
      }
      // Statements gone without a rating: those with one are in `earlier` or reworded, and said there.
      const current = new Set(prints[position] ?? []);
      const rated = new Set(
        [
          ...newEarlier.filter((entry) => entry.level === state.level).map((entry) => entry.text),
          ...reworded.filter((item) => item.level === state.level).map((item) => item.before),
        ].flatMap((text) => (text === null ? [] : [statementPrint(text)])),
      );
      removed += [...old].filter((print) => !current.has(print) && !rated.has(print)).length;
    });
  }

  const changed =
    unsettled ||
    restored > 0 ||
    newEarlier.length > 0 ||
    assessment.unplaced !== undefined ||
    fromVersion !== toVersion ||
    !samePrints;
  if (!changed) return { assessment, changed: false, changes: null };

  const hadRatings =
    Object.keys(assessment.ratings).length > 0 || Object.keys(assessment.unplaced?.ratings ?? {}).length > 0;
  const carried = moved > 0 || reworded.length > 0 || restored > 0 || newEarlier.length > 0;
  const framed = added.length > 0 || removed > 0;
  const changes: VersionChanges | null =
    carried || framed || (hadRatings && fromVersion !== toVersion)
      ? {
          fromVersion,
          toVersion,
          at: now.toISOString(),
          moved,
          reworded,
          restored,
          earlier: newEarlier.length,
          ...(added.length > 0 ? { added } : {}),
          ...(removed > 0 ? { removed } : {}),
        }
      : null;

  const next: Assessment = { ...assessment, frameworkVersion: toVersion, ratings, statementPrints: prints };
  delete next.unplaced;
  const earlier = [...keptEarlier, ...newEarlier];
  if (earlier.length > 0) next.earlier = earlier;
  else delete next.earlier;
  if (changes) next.changes = changes;
  const carriedOver = carriedAfter(assessment.carriedOver, keyMoves);
  if (carriedOver) next.carriedOver = carriedOver;
  else delete next.carriedOver;
  return { assessment: next, changed: true, changes };
}
