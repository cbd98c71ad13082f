import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { serveOccupationFiles } from '../../testing/occupation-files';
import { renderRoute } from '../../testing/render-route';

function currentStep() {
  const steps = within(screen.getByRole('navigation', { name: 'Levels' })).getAllByRole('link');
  return steps.find((step) => step.getAttribute('aria-current') === 'step');
}

async function openLevel(path: string) {
  serveOccupationFiles();
  const view = renderRoute(path);
  await screen.findByRole('heading', { level: 2, name: /^Level \d of 4/ });
  return view;
}

function statements() {
  return within(screen.getByRole('region', { name: /^Level \d of 4/ }))
    .getAllByRole('listitem')
    .map((item) => {
      // The statement's number and text, without its "Copy link" button.
      const button = within(item).getByRole('button', { name: /^Copy link/ });
      return item.textContent.slice(0, item.textContent.lastIndexOf(button.textContent));
    });
}

describe('occupation level', () => {
  it('opens an occupation at its first level and shows its framework', async () => {
    const { router } = await openLevel('/occupations/99-1001.00');
    expect(router.state.location.pathname).toBe('/occupations/99-1001.00/emerging');
    expect(screen.getByRole('heading', { level: 1, name: 'Bakery Assistants' })).toBeInTheDocument();
    expect(screen.getByText('Job zone 1')).toBeInTheDocument();
    expect(screen.getByText('Little or no preparation needed')).toBeInTheDocument();
    expect(screen.getByText('v.1.0')).toBeInTheDocument();
    expect(screen.getByText('2 January 2026')).toBeInTheDocument();
    expect(screen.getByText(/covers bakery assistants in test settings/)).toBeInTheDocument();
    expect(currentStep()).toHaveAccessibleName('Level 1: Emerging, 3 statements');
  });

  it('shows each statement with its topic as a lead-in, and one without a separator whole', async () => {
    await openLevel('/occupations/99-1001.00/emerging');
    expect(statements()).toEqual([
      '1.Dough mixing — combine measured ingredients under close supervision in a small bakery.',
      '2.Oven loading — place trays following a posted schedule in a production kitchen.',
      '3.Keep the work area clean',
    ]);
    const [first, , third] = within(screen.getByRole('region', { name: /^Level 1 of 4/ })).getAllByRole('listitem');
    expect(within(first!).getByText('Dough mixing').tagName).toBe('STRONG');
    expect(within(third!).getByText('Keep the work area clean').tagName).toBe('P');
  });

  it('renders statement text as text, never as HTML', async () => {
    await openLevel('/occupations/99-2002.00/emerging');
    expect(screen.getByText("<script>alert('x')</script>")).toBeInTheDocument();
    expect(screen.getByRole('main').innerHTML).not.toContain('<script>');
  });

  it('moves to the next and previous level with the buttons', async () => {
    const { user, router } = await openLevel('/occupations/99-1001.00/emerging');
    await user.click(screen.getByRole('button', { name: /next level/i }));
    expect(await screen.findByRole('heading', { name: 'Level 2 of 4: Developing' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/occupations/99-1001.00/developing');
    expect(currentStep()).toHaveAccessibleName(/Developing/);
    expect(statements()[0]).toContain('adjust hydration');
    await user.click(screen.getByRole('button', { name: /previous level/i }));
    expect(await screen.findByRole('heading', { name: 'Level 1 of 4: Emerging' })).toBeInTheDocument();
  });

  it('stays on the first and last level when there is nowhere further to go', async () => {
    const { user, router } = await openLevel('/occupations/99-1001.00/advanced');
    const next = screen.getByRole('button', { name: /next level/i });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(router.state.location.pathname).toBe('/occupations/99-1001.00/advanced');
    expect(screen.getByRole('button', { name: /previous level/i })).not.toHaveAttribute('aria-disabled');
  });

  it('moves between levels with the ArrowRight and ArrowLeft keys', async () => {
    const { user, router } = await openLevel('/occupations/99-1001.00/emerging');
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { name: 'Level 2 of 4: Developing' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(await screen.findByRole('heading', { name: 'Level 4 of 4: Advanced' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(router.state.location.pathname).toBe('/occupations/99-1001.00/advanced');
    await user.keyboard('{ArrowLeft}');
    expect(await screen.findByRole('heading', { name: 'Level 3 of 4: Proficient' })).toBeInTheDocument();
  });

  it('ignores the arrow keys when a modifier is held', async () => {
    const { router } = await openLevel('/occupations/99-1001.00/emerging');
    fireEvent.keyDown(window, { key: 'ArrowRight', altKey: true });
    fireEvent.keyDown(window, { key: 'ArrowRight', ctrlKey: true });
    expect(router.state.location.pathname).toBe('/occupations/99-1001.00/emerging');
  });

  it('announces the new level to screen readers', async () => {
    const { user } = await openLevel('/occupations/99-1001.00/emerging');
    // The first live region is the level announcement; the statement list has its own for copied links.
    const [status] = screen.getAllByRole('status');
    expect(status).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: /next level/i }));
    await waitFor(() => expect(status).toHaveTextContent('Developing, level 2 of 4: 2 statements'));
  });

  it('moves to a level from the step indicator', async () => {
    const { user } = await openLevel('/occupations/99-2002.00/emerging');
    await user.click(screen.getByRole('link', { name: 'Level 3: Proficient, 2 statements' }));
    expect(await screen.findByRole('heading', { name: 'Level 3 of 4: Proficient' })).toBeInTheDocument();
  });

  it('shows levels in the canonical order whatever order the export lists them, and an empty level', async () => {
    await openLevel('/occupations/99-3003.00/advanced');
    const steps = within(screen.getByRole('navigation', { name: 'Levels' })).getAllByRole('link');
    expect(steps.map((step) => step.textContent)).toEqual([
      '1Emerging1 statement',
      '2Developing1 statement',
      '3Proficient1 statement',
      '4Advanced0 statements',
    ]);
    expect(screen.getByText('This framework has no statements at this level.')).toBeInTheDocument();
    expect(screen.getByText('No job zone assigned')).toBeInTheDocument();
  });

  it('shows a loading state, then an error with a retry that loads the level', async () => {
    const fetchMock = serveOccupationFiles();
    const serve = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(() => Promise.resolve(new Response('gone', { status: 503 })));
    const { user } = renderRoute('/occupations/99-1001.00/developing');
    expect(await screen.findByRole('heading', { name: 'Loading the framework…' })).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The statements for Bakery Assistants could not be loaded');
    expect(alert).toHaveTextContent('HTTP 503');
    let release = () => {};
    fetchMock.mockImplementation(
      (input) =>
        new Promise((resolve) => {
          release = () => resolve(serve(input));
        }),
    );
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    const busy = await screen.findByRole('button', { name: 'Trying again…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).toHaveFocus();
    release();
    const heading = await screen.findByRole('heading', { name: 'Level 2 of 4: Developing' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('credits the source named in this export', async () => {
    await openLevel('/occupations/99-2002.00/emerging');
    const source = screen.getByRole('region', { name: 'Source of this framework' });
    expect(source).toHaveTextContent('O*NET v99.1 (Test Licence)');
    expect(source).toHaveTextContent('crosswalk.example');
    expect(source).toHaveTextContent('Fixture Generator');
    expect(source).toHaveTextContent('© Harbour Fixture Board');
  });
});

describe('more about the occupation', () => {
  it('links to the level matrix, the assessment, the handout and the occupation on O*NET OnLine', async () => {
    await openLevel('/occupations/99-1001.00/developing');
    const more = within(screen.getByRole('navigation', { name: 'More about this occupation' }));
    expect(more.getByRole('link', { name: 'See all four levels side by side' })).toHaveAttribute(
      'href',
      '/occupations/99-1001.00/compare',
    );
    expect(more.getByRole('link', { name: 'Assess yourself against this framework' })).toHaveAttribute(
      'href',
      '/occupations/99-1001.00/assessment',
    );
    expect(more.getByRole('link', { name: 'Print a handout' })).toHaveAttribute(
      'href',
      '/occupations/99-1001.00/handout',
    );
    expect(more.getByRole('link', { name: '99-1001.00 on O*NET OnLine (external site)' })).toHaveAttribute(
      'href',
      'https://www.onetonline.org/link/summary/99-1001.00',
    );
  });

  it('opens the handout of all four levels', async () => {
    const { user, router } = await openLevel('/occupations/99-1001.00/emerging');
    await user.click(screen.getByRole('link', { name: 'Print a handout' }));
    expect(await screen.findByRole('region', { name: /^Level 4 of 4/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/occupations/99-1001.00/handout');
    expect(screen.getByRole('button', { name: 'Print this handout' })).toBeInTheDocument();
  });
});

describe('statement links', () => {
  it('lands on the cited statement: marked as the current location and focused', async () => {
    await openLevel('/occupations/99-1001.00/developing#oven-loading');
    const cited = screen.getAllByRole('listitem').find((item) => item.getAttribute('aria-current') === 'location');
    expect(cited).toHaveTextContent('Oven loading — rotate trays independently');
    await waitFor(() => expect(cited).toHaveFocus());
  });

  it('says so when the cited statement is not at this level', async () => {
    await openLevel('/occupations/99-1001.00/developing#no-such-topic');
    expect(screen.getByRole('alert')).toHaveTextContent('The statement this link points to (“no-such-topic”)');
  });

  it('copies the full address of a statement', async () => {
    const { user } = await openLevel('/occupations/99-2002.00/proficient');
    await user.click(screen.getByRole('button', { name: 'Copy link to statement 2' }));
    expect(await navigator.clipboard.readText()).toBe(
      'http://localhost:3000/occupations/99-2002.00/proficient#radio-procedure',
    );
    expect(screen.getByRole('button', { name: 'Copy link to statement 2' })).toHaveTextContent('Copied');
    expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('Link to statement 2 copied.');
  });

  it('shows the address to copy by hand when the clipboard refuses, letting only the address break', async () => {
    const { user } = await openLevel('/occupations/99-2002.00/proficient');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy link to statement 2' }));
    const url = 'http://localhost:3000/occupations/99-2002.00/proficient#radio-procedure';
    const message = screen.getAllByRole('status').at(-1)!;
    await waitFor(() => expect(message).toHaveTextContent(`Copy the link to statement 2: ${url}`));
    expect(message).not.toHaveClass('break-all');
    expect(within(message).getByText(url)).toHaveClass('[overflow-wrap:anywhere]');
  });
});
