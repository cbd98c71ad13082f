import { screen, within } from '@testing-library/react';
import { serveOccupationFiles } from '../../testing/occupation-files';
import { renderRoute } from '../../testing/render-route';

async function openHandout(path: string) {
  serveOccupationFiles();
  const view = renderRoute(path);
  await screen.findByRole('region', { name: /^Level 1 of 4/ });
  return view;
}

function statementsOf(level: RegExp) {
  return within(screen.getByRole('region', { name: level }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('occupation handout', () => {
  it('shows the title, SOC code and job zone, and every statement of the four levels in order', async () => {
    await openHandout('/occupations/99-1001.00/handout');
    expect(screen.getByRole('heading', { level: 1, name: 'Bakery Assistants' })).toBeInTheDocument();
    expect(screen.getByText('99-1001.00')).toBeInTheDocument();
    expect(screen.getByText('Job zone 1')).toBeInTheDocument();
    expect(screen.getByText('Little or no preparation needed')).toBeInTheDocument();
    expect(screen.getByText('v.1.0')).toBeInTheDocument();
    expect(
      within(screen.getByRole('main'))
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'Level 1 of 4: Emerging3 statements',
      'Level 2 of 4: Developing2 statements',
      'Level 3 of 4: Proficient2 statements',
      'Level 4 of 4: Advanced1 statement',
      'Source of this framework',
    ]);
    expect(statementsOf(/^Level 1 of 4/)).toEqual([
      '1.Dough mixing — combine measured ingredients under close supervision in a small bakery.',
      '2.Oven loading — place trays following a posted schedule in a production kitchen.',
      '3.Keep the work area clean',
    ]);
    expect(statementsOf(/^Level 2 of 4/)[0]).toContain('adjust hydration');
  });

  it('credits the export’s source, crosswalk, generator and attribution once', async () => {
    await openHandout('/occupations/99-2002.00/handout');
    const [source, ...others] = screen.getAllByRole('region', { name: 'Source of this framework' });
    expect(others).toEqual([]);
    expect(source).toHaveTextContent('O*NET v99.1 (Test Licence)');
    expect(source).toHaveTextContent('crosswalk.example');
    expect(source).toHaveTextContent('Fixture Generator');
    expect(source).toHaveTextContent('© Harbour Fixture Board');
  });

  it('prints with the Print this handout button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await openHandout('/occupations/99-1001.00/handout');
    await user.click(screen.getByRole('button', { name: 'Print this handout' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('links to the occupation on O*NET OnLine and back to its levels', async () => {
    await openHandout('/occupations/99-1001.00/handout');
    expect(screen.getByRole('link', { name: /O\*NET OnLine/ })).toHaveAttribute(
      'href',
      'https://www.onetonline.org/link/summary/99-1001.00',
    );
    expect(
      within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', { name: 'Bakery Assistants' }),
    ).toHaveAttribute('href', '/occupations/99-1001.00/emerging');
  });

  it('says when a level has no statements', async () => {
    await openHandout('/occupations/99-3003.00/handout');
    expect(
      within(screen.getByRole('region', { name: /^Level 4 of 4/ })).getByText(
        'This framework has no statements at this level.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('No job zone assigned')).toBeInTheDocument();
  });

  it('shows a loading state, then an error with a retry', async () => {
    const fetchMock = serveOccupationFiles();
    const serve = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(() => Promise.resolve(new Response('gone', { status: 503 })));
    const { user } = renderRoute('/occupations/99-1001.00/handout');
    // The catalog knows the title at once; the statements wait for the download.
    expect(screen.getByRole('heading', { level: 1, name: 'Bakery Assistants' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Loading the framework…' })).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The statements for Bakery Assistants could not be loaded');
    expect(alert).toHaveTextContent('HTTP 503');
    fetchMock.mockImplementation(serve);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: /^Level 1 of 4/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says there is no such occupation for an unknown SOC code', async () => {
    renderRoute('/occupations/11-1111.00/handout');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/no occupation with the SOC code “11-1111.00”/)).toBeInTheDocument();
  });
});
