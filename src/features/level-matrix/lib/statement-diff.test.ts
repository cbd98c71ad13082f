import type { DiffPart } from '../../../lib/word-diff';
import { diffStatements, shortenKeptRuns } from './statement-diff';

const marked = (parts: readonly DiffPart[] | null) =>
  (parts ?? []).filter((part) => part.changed).map((part) => part.text.trim());
const text = (parts: readonly DiffPart[] | null) => (parts ?? []).map((part) => part.text).join('');

describe('diffStatements', () => {
  const emerging =
    'Telephone switchboard and basic call routing — answer and transfer incoming calls under direct supervision in a front-desk office environment.';
  const developing =
    'Multi-line telephone switchboard — screen, forward, and manage concurrent incoming calls with minimal oversight in a moderate-volume reception environment.';

  it('compares topic with topic and description with description, keeping both whole', () => {
    const diff = diffStatements(emerging, developing);
    expect(text(diff.topic)).toBe('Multi-line telephone switchboard');
    expect(text(diff.description)).toBe(
      'screen, forward, and manage concurrent incoming calls with minimal oversight in a moderate-volume reception environment.',
    );
    expect(marked(diff.topic)).toEqual(['Multi-line']);
    expect(diff.same).toBe(false);
  });

  it('marks whole phrases, not a linking word left between two changes', () => {
    const diff = diffStatements(emerging, developing);
    expect(marked(diff.description)).toEqual([
      'screen, forward, and manage concurrent',
      'with minimal oversight in a moderate-volume reception',
    ]);
    for (const phrase of [...marked(diff.description), ...diff.dropped]) {
      expect(phrase).not.toMatch(/^(and|or|in|a|the|of)$/i);
    }
    expect(diff.dropped).toEqual([
      'and basic call routing',
      'answer and transfer',
      'under direct supervision in a front-desk office',
    ]);
  });

  it('says when the wording is the same', () => {
    expect(diffStatements('Filing — sort mail.', 'filing — Sort mail').same).toBe(true);
    expect(diffStatements('Filing — sort mail.', 'Filing — sort urgent mail.').same).toBe(false);
  });

  it('compares whole texts when a statement has no topic', () => {
    const diff = diffStatements('Keep the work area clean', 'Keep the work area clean and safe');
    expect(diff.topic).toBeNull();
    expect(marked(diff.description)).toEqual(['and safe']);
    expect(diff.dropped).toEqual([]);
  });
});

describe('shortenKeptRuns', () => {
  it('shortens the middle of a long run of kept words, keeping two whole words at each end', () => {
    const parts: DiffPart[] = [
      { text: 'route', changed: true },
      { text: ' incoming calls to the right desk every day ', changed: false },
      { text: 'without help.', changed: true },
    ];
    expect(shortenKeptRuns(parts)).toEqual([
      { text: 'route', changed: true },
      { text: ' incoming calls ', changed: false },
      { text: 'to the right desk', changed: false, omitted: true },
      { text: ' every day ', changed: false },
      { text: 'without help.', changed: true },
    ]);
  });

  it('leaves short kept runs and added words as they are', () => {
    const parts: DiffPart[] = [
      { text: 'route ', changed: false },
      { text: 'urgent', changed: true },
      { text: ' calls in an office.', changed: false },
    ];
    expect(shortenKeptRuns(parts)).toEqual(parts);
  });
});
