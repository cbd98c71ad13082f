import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeOccupation } from '../../../testing/occupation-fixture';
import { LevelMatrix } from './level-matrix';

// One row follows a topic through four levels: reworded, repeated word for word, then extended.
const statements = [
  ['Call handling — answer and transfer incoming calls under direct supervision in a front-desk office.'],
  ['Call handling — screen, forward, and manage incoming calls with minimal oversight in a front-desk office.'],
  ['Call handling — screen, forward, and manage incoming calls with minimal oversight in a front-desk office.'],
  [
    'Call handling — screen, forward, and manage incoming calls with minimal oversight in a front-desk office, and train new staff.',
  ],
];
const occupation = makeOccupation({
  statements,
  label: (level) => level[0]!.toUpperCase() + level.slice(1),
  levelMatrix: [{ statements: [0, 0, 0, 0], loose: [false, false, false, false] }],
});

function textWithout(cell: HTMLElement, selector: string): string {
  const clone = cell.cloneNode(true) as HTMLElement;
  // What is seen and what is heard differ by the screen-reader-only parts, which no role query separates.
  // eslint-disable-next-line testing-library/no-node-access
  clone.querySelectorAll(selector).forEach((node) => node.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What a sighted reader sees in a cell: its text without the screen-reader-only parts. */
const seen = (cell: HTMLElement) => textWithout(cell, '.sr-only');
/** What a screen reader reads out: its text without the parts hidden from it. */
const heard = (cell: HTMLElement) => textWithout(cell, '[aria-hidden="true"]');

async function showOnlyChanges() {
  const user = userEvent.setup();
  render(<LevelMatrix occupation={occupation} />);
  await user.click(screen.getByRole('checkbox', { name: 'Show only what changes' }));
  return within(screen.getByRole('row', { name: /Call handling/ })).getAllByRole('cell');
}

describe('LevelMatrix', () => {
  it('shows each statement whole with its added words marked, and lists the dropped ones', () => {
    render(<LevelMatrix occupation={occupation} />);
    const cells = within(screen.getByRole('row', { name: /Call handling/ })).getAllByRole('cell');
    expect(seen(cells[1]!)).toBe(
      'Call handling — screen, forward, and manage incoming calls with minimal oversight in a front-desk office.' +
        'Dropped: answer and transfer; under direct supervision',
    );
    expect(
      within(cells[1]!)
        .getAllByRole('insertion')
        .map((node) => seen(node)),
    ).toEqual(['screen, forward, and manage', 'with minimal oversight']);
  });

  it('shows only what changes as whole phrases, the topic kept, with no list of fragments', async () => {
    const cells = await showOnlyChanges();
    const second = cells[1]!;
    expect(within(second).queryByRole('list')).not.toBeInTheDocument();
    expect(second).not.toHaveTextContent('Dropped:');
    expect(seen(second)).toBe(
      'Call handling — screen, forward, and manage incoming calls with minimal oversight in a front-desk office.',
    );
    expect(
      within(second)
        .getAllByRole('insertion')
        .map((node) => seen(node)),
    ).toEqual(['screen, forward, and manage', 'with minimal oversight']);
    expect(screen.getByRole('checkbox', { name: 'Show only what changes' })).toHaveAccessibleDescription(
      /words a level adds/,
    );
  });

  it('says a statement repeated from the level before is the same, instead of repeating it', async () => {
    const cells = await showOnlyChanges();
    expect(seen(cells[2]!)).toBe('Same as Developing');
  });

  it('shortens a long run of kept words to an ellipsis, which screen readers still read in full', async () => {
    const cells = await showOnlyChanges();
    const last = cells[3]!;
    expect(seen(last)).toBe('Call handling — screen, forward, … front-desk office, and train new staff.');
    expect(within(last).getByRole('insertion')).toHaveTextContent('and train new staff.');
    expect(heard(last)).toBe(
      'Call handling — screen, forward, and manage incoming calls with minimal oversight in a front-desk office, [added: and train new staff.]',
    );
  });

  it('shows the full view again when unticked', async () => {
    const user = userEvent.setup();
    render(<LevelMatrix occupation={occupation} />);
    const toggle = screen.getByRole('checkbox', { name: 'Show only what changes' });
    await user.click(toggle);
    await user.click(toggle);
    const cells = within(screen.getByRole('row', { name: /Call handling/ })).getAllByRole('cell');
    expect(seen(cells[2]!)).toBe(statements[2]![0]);
  });

  it('marks a loosely matched statement, seen as a tag and heard with the level it may not continue', () => {
    const loosely = makeOccupation({
      statements: [
        ['Call handling — answer calls.'],
        ['Call routing — route calls.'],
        ['Visitor records — keep visitor records.'],
        [],
      ],
      label: (level) => level[0]!.toUpperCase() + level.slice(1),
      levelMatrix: [{ statements: [0, 0, 0, null], loose: [false, false, true, false] }],
    });
    render(<LevelMatrix occupation={loosely} />);
    const cells = within(screen.getByRole('row', { name: /Call handling/ })).getAllByRole('cell');
    expect(cells.map((cell) => seen(cell).startsWith('Loose match'))).toEqual([false, false, true, false]);
    expect(heard(cells[2]!)).toMatch(
      /^Loose match: this statement may not continue the Developing statement before it; the wording points to another statement too\./,
    );
  });
});
