import { screen, within } from '@testing-library/react';
import { serveOccupationFiles } from '../../testing/occupation-files';
import { renderRoute } from '../../testing/render-route';

async function rowAbout(topic: string) {
  await screen.findByRole('rowheader', { name: topic });
  const row = screen.getAllByRole('row').find((item) => within(item).queryByRole('rowheader', { name: topic }));
  if (!row) throw new Error(`no row about ${topic}`);
  return row;
}

describe('level matrix', () => {
  it('shows the four levels as columns and every statement once', async () => {
    serveOccupationFiles();
    renderRoute('/occupations/99-1001.00/compare');
    const table = await screen.findByRole('table');
    expect(screen.getByRole('heading', { level: 1, name: 'Bakery Assistants: levels side by side' })).toBeVisible();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Topic', '1Level 1: Emerging', '2Level 2: Developing', '3Level 3: Proficient', '4Level 4: Advanced']);
    const cells = within(table).getAllByRole('cell');
    const filled = cells.filter((cell) => !cell.textContent?.includes('No statement on this topic'));
    // 3 + 2 + 2 + 1 statements in the fixture.
    expect(filled).toHaveLength(8);
  });

  it('follows one topic from level to level and marks the words that change', async () => {
    serveOccupationFiles();
    renderRoute('/occupations/99-1001.00/compare');
    const cells = within(await rowAbout('Dough mixing')).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('combine measured ingredients');
    expect(cells[1]).toHaveTextContent('adjust hydration');
    expect(within(cells[1]!).getAllByText('[added:', { exact: false }).length).toBeGreaterThan(0);
    expect(cells[1]).toHaveTextContent(/Dropped:.*combine measured ingredients/);
  });

  it('shows only what changes when asked', async () => {
    serveOccupationFiles();
    const { user } = renderRoute('/occupations/99-1001.00/compare');
    await screen.findByRole('table');
    await user.click(screen.getByRole('checkbox', { name: 'Show only what changes' }));
    const second = within(await rowAbout('Dough mixing')).getAllByRole('cell')[1]!;
    // The statement stays whole, its topic first, with the added words marked; no list of fragments.
    expect(within(second).queryByRole('list')).not.toBeInTheDocument();
    expect(second).toHaveTextContent(/^Dough mixing — .*\[added: adjust hydration/);
    expect(second).not.toHaveTextContent('Dropped:');
  });
});
