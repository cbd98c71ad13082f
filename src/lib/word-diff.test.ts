import { diffWords, type DiffPart } from './word-diff';

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
