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

  /** The inverse document frequency of a term by its text, or 0 for a term never added. */
  termIdf(term: string): number {
    const id = this.idOf.get(term);
    return id === undefined ? 0 : this.idf(id);
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
      entries.push([id, termWeight(count, this.idf(id))]);
    }
    return unitVector(entries);
  }
}

/**
 * Term weights (inverse document frequencies over the whole catalog) of the
 * terms in one occupation's statements, as the build writes them into the
 * occupation's file, rounded so that they survive JSON exactly.
 */
export type TermWeights = Readonly<Record<string, number>>;

/** A term weight as the occupation files carry it. */
export function roundWeight(weight: number): number {
  return Math.round(weight * 10_000) / 10_000;
}

/**
 * Ids for terms in alphabetical order. Vectors built on such ids list their
 * terms alphabetically whatever other terms the map holds, so sums over them
 * run in the same order, and give the same result to the last bit, in the
 * build (ids over the whole catalog) and in the browser (ids over the
 * occupations at hand).
 */
export function alphabeticalTermIds(terms: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(terms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((term, id) => [term, id]));
}

/** A statement's unit vector from its term counts and given weights; terms with no weight or id are left out. */
export function weightedVector(
  counts: Map<string, number>,
  weights: TermWeights,
  ids: ReadonlyMap<string, number>,
): SparseVector {
  const entries: [number, number][] = [];
  for (const [term, count] of counts) {
    // Own keys only: a term such as "constructor" must not find Object.prototype's.
    const weight = Object.hasOwn(weights, term) ? weights[term] : undefined;
    const id = ids.get(term);
    if (weight === undefined || id === undefined) continue;
    entries.push([id, termWeight(count, weight)]);
  }
  return unitVector(entries);
}

/** A term's weight in one statement: its count, damped, times how rare the term is. */
function termWeight(count: number, idf: number): number {
  return (1 + Math.log(count)) * idf;
}

/** [id, weight] pairs as a unit vector, by ascending id. */
function unitVector(entries: [number, number][]): SparseVector {
  entries.sort((a, b) => a[0] - b[0]);
  const norm = Math.hypot(...entries.map(([, weight]) => weight)) || 1;
  return {
    ids: Int32Array.from(entries.map(([id]) => id)),
    weights: Float64Array.from(entries.map(([, weight]) => weight / norm)),
  };
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

/**
 * One vector spread over all term ids, to take its cosine with many others
 * quickly: a loop over the other's terms alone, with no merge. Terms the two
 * do not share add exact zeros, so the result is the same, to the last bit,
 * as cosine()'s.
 */
export class SpreadVector {
  private weights = new Float64Array(0);
  private current: SparseVector | null = null;

  /** Spreads `vector` out, in place of the one before. */
  load(vector: SparseVector): void {
    if (this.current) for (const id of this.current.ids) this.weights[id] = 0;
    const largest = vector.ids.length > 0 ? vector.ids[vector.ids.length - 1]! : -1;
    if (largest >= this.weights.length) {
      const grown = new Float64Array(Math.max(largest + 1, this.weights.length * 2));
      grown.set(this.weights);
      this.weights = grown;
    }
    for (let i = 0; i < vector.ids.length; i++) this.weights[vector.ids[i]!] = vector.weights[i]!;
    this.current = vector;
  }

  /** Cosine similarity of the loaded vector with `other`. */
  cosine(other: SparseVector): number {
    return this.cosineAt(other.ids, other.weights, 0, other.ids.length);
  }

  /** The same, with a vector packed into flat arrays from `start` to `end`. */
  cosineAt(ids: Int32Array, weights: Float64Array, start: number, end: number): number {
    const spread = this.weights;
    let sum = 0;
    for (let i = start; i < end; i++) {
      const id = ids[i]!;
      if (id < spread.length) sum += spread[id]! * weights[i]!;
    }
    return sum;
  }
}
