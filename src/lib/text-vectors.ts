import { stemmer } from 'stemmer';
import { foldText } from './fold-text.ts';
import { splitStatement } from './statement.ts';

// Common English function words. General language only: what a statement is
// about is left to term weighting, never to lists of particular wordings.
const STOP_WORDS = new Set(
  (
    'a about above after again against all also an and any are as at be because been before being below between ' +
    'both but by can could did do does doing down during each either etc few for from further had has have having ' +
    'he her here hers him his how i if in into is it its itself just may me might more most must my no nor not of ' +
    'off on once only or other our ours out over own per same she should so some such than that the their them ' +
    'then there these they this those through to too under until up upon very via was we were what when where ' +
    'which while who whom why will with within without would you your'
  ).split(' '),
);

/** Weight of a topic word against a description word: the topic names the kind of work. */
export const TOPIC_WEIGHT = 2;

export function terms(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word) && !/^\d+$/.test(word))
    .map((word) => stemmer(word));
}

/** Term counts of a statement, its topic words counted TOPIC_WEIGHT times. */
export function statementTermCounts(statement: string): Map<string, number> {
  const { topic, description } = splitStatement(statement);
  const counts = new Map<string, number>();
  for (const term of terms(topic ?? '')) counts.set(term, (counts.get(term) ?? 0) + TOPIC_WEIGHT);
  for (const term of terms(description)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** A unit-length sparse vector: term ids ascending, with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export class Vocabulary {
  private readonly idOf = new Map<string, number>();
  private readonly documentFrequency: number[] = [];
  private documents = 0;

  /** Counts one document's terms; call for every statement before vectorising. */
  add(counts: Map<string, number>): void {
    this.documents += 1;
    for (const term of counts.keys()) {
      let id = this.idOf.get(term);
      if (id === undefined) {
        id = this.documentFrequency.length;
        this.idOf.set(term, id);
        this.documentFrequency.push(0);
      }
      this.documentFrequency[id] = (this.documentFrequency[id] ?? 0) + 1;
    }
  }

  frequency(id: number): number {
    return this.documentFrequency[id] ?? 0;
  }

  /** Smoothed inverse document frequency: rare terms say more about a statement. */
  idf(id: number): number {
    return Math.log(1 + this.documents / Math.max(1, this.frequency(id)));
  }

  vector(counts: Map<string, number>): SparseVector {
    const entries: [number, number][] = [];
    for (const [term, count] of counts) {
      const id = this.idOf.get(term);
      if (id === undefined) continue;
      entries.push([id, (1 + Math.log(count)) * this.idf(id)]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.hypot(...entries.map(([, weight]) => weight)) || 1;
    return {
      ids: Int32Array.from(entries.map(([id]) => id)),
      weights: Float64Array.from(entries.map(([, weight]) => weight / norm)),
    };
  }
}

/** Cosine similarity of two unit vectors: a merge of their sorted term ids. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const ai = a.ids[i]!;
    const bj = b.ids[j]!;
    if (ai === bj) sum += a.weights[i++]! * b.weights[j++]!;
    else if (ai < bj) i++;
    else j++;
  }
  return sum;
}
