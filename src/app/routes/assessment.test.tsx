import { screen, within } from '@testing-library/react';
import { STORAGE_KEY } from '../../features/assessment/lib/storage';
import { serveOccupationFiles } from '../../testing/occupation-files';
import { renderRoute } from '../../testing/render-route';

// The store reads storage once per page; each test starts from a fresh module graph.
beforeEach(() => {
  window.localStorage.clear();
  vi.resetModules();
});

async function startAssessment(path = '/occupations/99-1001.00/assessment') {
  serveOccupationFiles();
  const { renderRoute: render } = await import('../../testing/render-route');
  const view = render(path);
  await view.user.click(await screen.findByRole('button', { name: 'Start assessment' }));
  return view;
}

function statementGroups() {
  return within(screen.getByRole('region', { name: /^Level \d of 4/ })).getAllByRole('group');
}

describe('self-assessment', () => {
  it('says that ratings stay in the browser before anything is rated', async () => {
    serveOccupationFiles();
    renderRoute('/occupations/99-1001.00/assessment');
    expect(await screen.findByRole('heading', { name: 'Start your assessment' })).toBeInTheDocument();
    expect(screen.getByText(/stay in this browser, on this device/)).toBeInTheDocument();
  });

  it('rates statements with the pointer and saves every change', async () => {
    const { user } = await startAssessment();
    const [first] = statementGroups();
    await user.click(within(first!).getByRole('radio', { name: /On my own/ }));
    expect(within(first!).getByRole('radio', { name: /On my own/ })).toBeChecked();
    expect(screen.getByText('1 of 8 statements rated')).toBeInTheDocument();
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY)!) as {
      assessments: Record<string, { ratings: Record<string, { rating: string }> }>;
    };
    expect(saved.assessments['99-1001.00']?.ratings['emerging:0']).toEqual({ rating: 'on-my-own' });
  });

  it('rates the focused statement with the keys 1, 2 and 3', async () => {
    const { user } = await startAssessment();
    const second = statementGroups()[1]!;
    within(second)
      .getByRole('radio', { name: /Not yet/ })
      .focus();
    await user.keyboard('3');
    expect(within(second).getByRole('radio', { name: /On my own/ })).toBeChecked();
    await user.keyboard('2');
    expect(within(second).getByRole('radio', { name: /With help/ })).toBeChecked();
    expect(within(statementGroups()[0]!).getByRole('radio', { name: /With help/ })).not.toBeChecked();
  });

  it('keeps a note with a rating', async () => {
    const { user } = await startAssessment();
    await user.click(within(statementGroups()[0]!).getByRole('radio', { name: /With help/ }));
    await user.click(screen.getByRole('button', { name: 'Add a note to statement 1' }));
    await user.type(screen.getByRole('textbox', { name: /Note/ }), 'At weekends');
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY)!) as {
      assessments: Record<string, { ratings: Record<string, unknown> }>;
    };
    expect(saved.assessments['99-1001.00']?.ratings['emerging:0']).toEqual({
      rating: 'with-help',
      note: 'At weekends',
    });
  });

  it('shows results: an estimated level with its rule, bars per level and next steps', async () => {
    const { user } = await startAssessment();
    for (const group of statementGroups()) await user.click(within(group).getByRole('radio', { name: /On my own/ }));
    await user.click(screen.getByRole('button', { name: /Developing/ }));
    await user.click(within(statementGroups()[0]!).getByRole('radio', { name: /With help/ }));
    await user.click(screen.getByRole('link', { name: 'See your results' }));
    const estimate = await screen.findByRole('region', { name: 'Estimated level' });
    expect(estimate).toHaveTextContent('Emerging');
    expect(estimate).toHaveTextContent(/at least 80% of statements are rated On my own/);
    expect(screen.getByText('3 on my own, 0 with help, 0 not yet, 0 unrated (of 3)')).toBeInTheDocument();
    const steps = within(screen.getByRole('region', { name: 'Next steps' })).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      'Dough mixing — adjust hydration with little supervision in a busy bakery. (With help)',
      'Oven loading — rotate trays independently in a production kitchen. (not rated)',
    ]);
  });
});
