import type { LabelledLinks } from './labels.ts';

/** How well a set of drawn links agrees with the labelled ones. */
export interface Score {
  /** Links the method drew. */
  drawn: number;
  /** Of those, links labelled required or acceptable. */
  right: number;
  /** Links labelled required. */
  required: number;
  /** Of those, links the method drew. */
  found: number;
  /** right / drawn (1 when nothing was drawn). */
  precision: number;
  /** found / required (1 when nothing is required). */
  recall: number;
  /** Links labelled different that the method drew anyway. */
  differentDrawn: number;
  /** The drawn links that are wrong, and the required links missed: to read, never to tune single items on. */
  wrong: string[];
  missed: string[];
}

export function score(drawn: Iterable<string>, labels: LabelledLinks): Score {
  const links = new Set(drawn);
  const wrong = [...links].filter((link) => !labels.required.has(link) && !labels.acceptable.has(link)).sort();
  const missed = [...labels.required].filter((link) => !links.has(link)).sort();
  const right = links.size - wrong.length;
  const found = labels.required.size - missed.length;
  return {
    drawn: links.size,
    right,
    required: labels.required.size,
    found,
    precision: links.size === 0 ? 1 : right / links.size,
    recall: labels.required.size === 0 ? 1 : found / labels.required.size,
    differentDrawn: [...links].filter((link) => labels.different.has(link)).length,
    wrong,
    missed,
  };
}
