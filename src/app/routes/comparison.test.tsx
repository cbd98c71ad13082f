import { screen, waitFor, within } from '@testing-library/react';
import { serveOccupationFiles } from '../../testing/occupation-files';
import { renderRoute } from '../../testing/render-route';

describe('occupation comparison', () => {
  it('asks for occupations when none are chosen', async () => {
    renderRoute('/compare');
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare occupations' })).toBeInTheDocument();
    expect(screen.getByText('Add two occupations to start comparing.')).toBeInTheDocument();
  });

  it('adds and removes occupations, keeping the choice in the address', async () => {
    serveOccupationFiles();
    const { user, router } = renderRoute('/compare?occupations=99-1001.00&level=developing');
    expect(await screen.findByText('Add one more occupation to compare.')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: /find an occupation to add/i }), 'harb');
    const toAdd = screen.getByRole('list', { name: 'Occupations to add' });
    expect(
      within(toAdd)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['+Harbour Pilots']);
    await user.click(within(toAdd).getByRole('button', { name: 'Add Harbour Pilots' }));
    // Commas stay plain, as in the links the site prerenders.
    expect(router.state.location.search).toBe('?occupations=99-1001.00,99-2002.00&level=developing');
    expect(await screen.findByRole('heading', { name: 'Close matches' })).toBeInTheDocument();
    expect(screen.getByText(/Bakery Assistants/, { selector: 'li' })).toHaveTextContent(
      'Bakery Assistants → compared with Harbour Pilots: 0 of 2 Developing statements have a close match',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Level 2: Developing' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: /find an occupation to add/i })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove Bakery Assistants' }));
    expect(router.state.location.search).toBe('?occupations=99-2002.00&level=developing');
    // The pressed button is gone; focus waits in the search box rather than falling to the page.
    await waitFor(() => expect(screen.getByRole('searchbox', { name: /find an occupation to add/i })).toHaveFocus());
  });

  it('changes the level, or shows all four', async () => {
    serveOccupationFiles();
    const { user, router } = renderRoute('/compare?occupations=99-1001.00,99-3003.00&level=emerging');
    await screen.findByRole('heading', { level: 2, name: 'Level 1: Emerging' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'All levels');
    expect(router.state.location.search).toBe('?occupations=99-1001.00,99-3003.00&level=all');
    expect(screen.getAllByRole('heading', { level: 2, name: /^Level \d: / })).toHaveLength(4);
  });

  it('says which SOC codes in the address are not in the catalog', async () => {
    renderRoute('/compare?occupations=99-1001.00,12-3456.00');
    expect(await screen.findByRole('note')).toHaveTextContent('Not in this catalog, so left out: 12-3456.00');
  });
});
