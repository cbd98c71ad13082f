import { describe, expect, it } from 'vitest';
import { statementAnchors } from './statement-anchor';

describe('statementAnchors', () => {
  it('makes a readable anchor from each topic', () => {
    expect(
      statementAnchors([
        'Customer complaints — listen to routine concerns.',
        'Résumé & CV screening — sort applications.',
      ]),
    ).toEqual(['customer-complaints', 'resume-cv-screening']);
  });

  it('keeps an anchor when statements are added before it', () => {
    const before = statementAnchors(['Filing — place documents.', 'Mail — sort mail.']);
    const after = statementAnchors(['Phones — answer calls.', 'Filing — place documents.', 'Mail — sort mail.']);
    expect(after.slice(1)).toEqual(before);
  });

  it('numbers statements without a topic, and repeated topics, so every anchor is unique', () => {
    const anchors = statementAnchors(['Answer calls.', 'Filing — place.', 'Filing — label.', 'Statement 4 — x.']);
    expect(anchors).toEqual(['statement-1', 'filing', 'filing-2', 'statement-4']);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('shortens long topics at a word boundary', () => {
    const [anchor] = statementAnchors([`${'Very long topic words '.repeat(8)}— do it.`]);
    expect(anchor!.length).toBeLessThanOrEqual(60);
    expect(anchor).toMatch(/^very-long-topic-words-very/);
    expect(anchor).not.toMatch(/-$/);
  });
});
