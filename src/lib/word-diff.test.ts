import { diffWords, joinLinkingWords, type DiffPart } from './word-diff';

const marked = (parts: DiffPart[]) => parts.filter((part) => part.changed).map((part) => part.text);
const text = (parts: DiffPart[]) => parts.map((part) => part.text).join('');

describe('diffWords', () => {
  it('marks the words dropped and the words added, as phrases', () => {
    const diff = diffWords(
      'answer calls under direct supervision in an office.',
      'answer calls independently in an office.',
    );
    expect(marked(diff.before)).toEqual(['under direct supervision']);
    expect(marked(diff.after)).toEqual(['independently']);
  });

  it('keeps the text exactly as it was', () => {
    const before = 'Route  calls,  then log them.';
    const after = 'Route urgent calls, then log them.';
    const diff = diffWords(before, after);
    expect(text(diff.before)).toBe(before);
    expect(text(diff.after)).toBe(after);
    expect(marked(diff.after)).toEqual(['urgent']);
  });

  it('ignores case and punctuation when comparing words', () => {
    const diff = diffWords('Answer calls.', 'answer calls');
    expect(marked(diff.before)).toEqual([]);
    expect(marked(diff.after)).toEqual([]);
  });

  it('marks everything when nothing is shared', () => {
    const diff = diffWords('alpha beta', 'gamma');
    expect(marked(diff.before)).toEqual(['alpha beta']);
    expect(marked(diff.after)).toEqual(['gamma']);
  });
});

describe('joinLinkingWords', () => {
  it('joins two changes around a shared linking word into one phrase', () => {
    const diff = diffWords(
      'answer and transfer incoming calls under direct supervision.',
      'screen, forward, and manage incoming calls with minimal oversight.',
    );
    expect(marked(diff.after)).toEqual(['screen, forward,', 'manage', 'with minimal oversight.']);
    const joined = joinLinkingWords(diff.after);
    expect(marked(joined)).toEqual(['screen, forward, and manage', 'with minimal oversight.']);
    expect(text(joined)).toBe(text(diff.after));
  });

  it('keeps shared words that carry meaning, and linking words at either end', () => {
    const diff = diffWords('and the calls in an office', 'and the urgent calls in a busy office');
    const joined = joinLinkingWords(diff.after);
    expect(marked(joined)).toEqual(['urgent', 'a busy']);
    expect(joined[0]).toEqual({ text: 'and the ', changed: false });
  });

  it('does not mark a conjunction alone as a change between kept words', () => {
    const diff = diffWords('visitors or callers without referral', 'visitors and callers with referral');
    expect(marked(diff.after)).toEqual(['and', 'with']);
    const joined = joinLinkingWords(diff.after);
    // "with" for "without" says something; "and" for "or" alone does not.
    expect(marked(joined)).toEqual(['with']);
    expect(marked(joinLinkingWords(diff.before))).toEqual(['without']);
    expect(text(joined)).toBe('visitors and callers with referral');
  });

  it('leaves a text with no change as it is', () => {
    expect(joinLinkingWords(diffWords('answer calls', 'answer calls').after)).toEqual([
      { text: 'answer calls', changed: false },
    ]);
  });
});
