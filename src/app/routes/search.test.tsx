import { screen, waitFor, within } from '@testing-library/react';
import { resetSearch } from '../../features/search/lib/search-client';
import { serveOccupationFiles } from '../../testing/occupation-files';
import { renderRoute } from '../../testing/render-route';

afterEach(() => resetSearch());

function results() {
  return screen.getByRole('region', { name: 'Search results' });
}

/** Occupation headings, then each statement link's text, in order. */
async function resultLines() {
  await waitFor(() => expect(results()).toHaveAttribute('data-search-state', 'ready'));
  return within(results())
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('search', () => {
  it('opens from any page with the / key and shows results as the query is typed', async () => {
    serveOccupationFiles();
    const { user, router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Occupations' });
    await user.keyboard('/');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    expect(box).toHaveFocus();
    await user.keyboard('supervision');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    await waitFor(() => expect(results()).toHaveAttribute('data-search-query', 'supervision'));
    expect(router.state.location.search).toBe('?q=supervision');
    expect(await resultLines()).toEqual([
      'Bakery Assistants',
      'Statement 1: Dough mixing — combine measured ingredients under close supervision in a small bakery.',
      'Statement 1: Dough mixing — adjust hydration with little supervision in a busy bakery.',
      'Harbour Pilots',
      'Statement 1: Chart reading — identify channel markers under supervision on a training vessel.',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('3 statements in 2 occupations match “supervision”.');
    const bakery = screen.getByRole('article', { name: 'Bakery Assistants' });
    expect(within(bakery).getByRole('region', { name: 'Bakery Assistants, Developing' })).toBeInTheDocument();
    expect(within(bakery).getAllByText('supervision', { selector: 'mark' })).toHaveLength(2);
    expect(within(bakery).getAllByRole('link')[1]).toHaveAttribute(
      'href',
      '/occupations/99-1001.00/emerging#dough-mixing',
    );
  });

  it('moves through the results with the arrow keys', async () => {
    serveOccupationFiles();
    const { user } = renderRoute('/search?q=supervision');
    await resultLines();
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: 'Bakery Assistants' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('link', { name: /hydration/ })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
  });

  it('filters by level and by group, keeping the filters in the address', async () => {
    serveOccupationFiles();
    const { user, router } = renderRoute('/search?q=supervision');
    await resultLines();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'Developing (1)');
    expect(router.state.location.search).toBe('?q=supervision&level=developing');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 statement in 1 occupation'));
    expect(await resultLines()).toEqual([
      'Bakery Assistants',
      'Statement 1: Dough mixing — adjust hydration with little supervision in a busy bakery.',
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group' }), 'Transportation (0)');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Nothing matches “supervision” with these filters.'),
    );
    await user.click(screen.getByRole('button', { name: 'Search all levels and groups' }));
    expect(router.state.location.search).toBe('?q=supervision');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 statements in 2 occupations'));
  });

  it('tolerates typos, in titles and statements alike', async () => {
    serveOccupationFiles();
    renderRoute('/search?q=harbuor%20piolts');
    expect(await resultLines()).toEqual([
      'Harbour Pilots',
      'Statement 2: Training — assess trainee pilots against harbour standards.',
    ]);
  });

  it('says when results are for a corrected spelling, and links to a search for it', async () => {
    serveOccupationFiles();
    const { user, router } = renderRoute('/search?q=harbuor&level=advanced');
    expect(await resultLines()).toEqual([
      'Harbour Pilots',
      'Statement 2: Training — assess trainee pilots against harbour standards.',
    ]);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('No exact matches for “harbuor”. Showing results for “harbour”.');
    expect(status).toHaveTextContent('1 statement in 1 occupation matches “harbour” at Advanced.');
    await user.click(within(status).getByRole('link', { name: 'harbour' }));
    expect(router.state.location.search).toBe('?q=harbour&level=advanced');
    await waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent('No exact matches'));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('harbour');
  });

  it('says nothing about spelling when the words match as typed', async () => {
    serveOccupationFiles();
    renderRoute('/search?q=harbour');
    await resultLines();
    expect(screen.getByRole('status')).not.toHaveTextContent('No exact matches');
  });

  it('shows three statements per occupation until asked for all', async () => {
    serveOccupationFiles();
    const { user } = renderRoute('/search?q=bakery');
    expect(await resultLines()).toHaveLength(1 + 3);
    await user.click(screen.getByRole('button', { name: 'Show all 4 matching statements of Bakery Assistants' }));
    expect(await resultLines()).toEqual([
      'Bakery Assistants',
      expect.stringMatching(/^Statement 1: Dough mixing — combine/),
      expect.stringMatching(/^Statement 1: Dough mixing — adjust/),
      expect.stringMatching(/^Statement 1: Dough mixing — scale/),
      expect.stringMatching(/^Statement 1: Production planning/),
    ]);
  });

  it('lists an occupation whose title alone matches', async () => {
    serveOccupationFiles();
    renderRoute('/search?q=technicans');
    expect(await resultLines()).toEqual(['Archive Technicians']);
    expect(screen.getByRole('article', { name: 'Archive Technicians' })).toHaveTextContent(
      'the title matches; no statement does',
    );
  });

  it('says when nothing matches, and invites a query when there is none', async () => {
    serveOccupationFiles();
    const { user } = renderRoute('/search?q=');
    expect(await screen.findByText(/Type a word such as “scheduling”/)).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzzzqqq');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Nothing matches “zzzzqqq”.'));
    expect(screen.getByText(/Check the spelling/)).toBeInTheDocument();
  });

  it('offers to try again when the index cannot be downloaded', async () => {
    const fetchMock = serveOccupationFiles();
    const serve = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(() => Promise.resolve(new Response('gone', { status: 503 })));
    const { user } = renderRoute('/search?q=dough');
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('Search is not available right now');
    expect(alert).toHaveTextContent('HTTP 503');
    fetchMock.mockImplementation(serve);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await resultLines()).toContain('Bakery Assistants');
  });
});
