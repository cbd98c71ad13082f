import { screen, waitFor, within } from '@testing-library/react';
import { statementPrint } from '../../features/assessment/lib/assessment';
import { LEGACY_STORAGE_KEY, STORAGE_KEY } from '../../features/assessment/lib/storage';
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

const DOUGH_MIXING = 'Dough mixing — combine measured ingredients under close supervision in a small bakery.';

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
      version: number;
      assessments: Record<string, { ratings: Record<string, { rating: string }> }>;
    };
    expect(saved.version).toBe(2);
    // Keyed by the statement's anchor, with its text, so that it can follow the statement into a new version.
    expect(saved.assessments['99-1001.00']?.ratings).toEqual({
      'emerging/dough-mixing': { rating: 'on-my-own', text: DOUGH_MIXING },
    });
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
    expect(saved.assessments['99-1001.00']?.ratings['emerging/dough-mixing']).toEqual({
      rating: 'with-help',
      note: 'At weekends',
      text: DOUGH_MIXING,
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

/** Saved data as a browser holds it, put there before the page loads. */
/** Saved data as Ladder wrote it: format 1 under the key it had then, later formats under their own. */
function store(version: number, assessment: Record<string, unknown>) {
  window.localStorage.setItem(
    version === 1 ? LEGACY_STORAGE_KEY : STORAGE_KEY,
    JSON.stringify({
      version,
      assessments: {
        '99-1001.00': {
          soc: '99-1001.00',
          title: 'Bakery Assistants',
          startedAt: '2026-05-01T08:00:00.000Z',
          updatedAt: '2026-05-02T08:00:00.000Z',
          ...assessment,
        },
      },
    }),
  );
}

function saved(): {
  frameworkVersion: string;
  ratings: Record<string, unknown>;
  earlier?: unknown[];
  changes?: unknown;
} {
  const data = JSON.parse(window.localStorage.getItem(STORAGE_KEY)!) as {
    version: number;
    assessments: Record<string, ReturnType<typeof saved>>;
  };
  expect(data.version).toBe(2);
  return data.assessments['99-1001.00']!;
}

async function open(path: string) {
  serveOccupationFiles();
  const { renderRoute: render } = await import('../../testing/render-route');
  return render(path);
}

describe('ratings saved by an older Ladder, by position', () => {
  it('opens on the same framework version with each rating on its statement, and saves them keyed by statement', async () => {
    store(1, {
      frameworkVersion: 'v.1.0',
      ratings: { 'emerging:0': { rating: 'on-my-own', note: 'Mornings' }, 'developing:1': { rating: 'not-yet' } },
    });
    const { user } = await open('/occupations/99-1001.00/assessment');
    expect(await screen.findByText('2 of 8 statements rated')).toBeInTheDocument();
    expect(within(statementGroups()[0]!).getByRole('radio', { name: /On my own/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /Note/ })).toHaveValue('Mornings');
    await user.click(screen.getByRole('button', { name: /Developing/ }));
    expect(within(statementGroups()[1]!).getByRole('radio', { name: /Not yet/ })).toBeChecked();
    await waitFor(() => expect(saved().ratings).toHaveProperty(['emerging/dough-mixing']));
    expect(saved().ratings).toEqual({
      'emerging/dough-mixing': { rating: 'on-my-own', note: 'Mornings', text: DOUGH_MIXING },
      'developing/oven-loading': {
        rating: 'not-yet',
        text: 'Oven loading — rotate trays independently in a production kitchen.',
      },
    });
    // Nothing changed in the framework, so there is nothing to tell.
    expect(screen.queryByRole('link', { name: 'See what changed' })).not.toBeInTheDocument();
  });

  it('never puts them on the statements of another version: the results list them as earlier ratings to remove', async () => {
    store(1, { frameworkVersion: 'v.0.9', ratings: { 'emerging:0': { rating: 'with-help', note: 'Old note' } } });
    const { user } = await open('/occupations/99-1001.00/assessment');
    expect(await screen.findByText('0 of 8 statements rated')).toBeInTheDocument();
    expect(within(statementGroups()[0]!).getByRole('radio', { name: /With help/ })).not.toBeChecked();
    await user.click(screen.getByRole('link', { name: 'See what changed' }));

    const section = await screen.findByRole('region', { name: 'Changes in this framework' });
    // The link lands on the section, though it arrives after the page.
    await waitFor(() => expect(section).toHaveFocus());
    expect(section).toHaveTextContent('The framework changed from version v.0.9 to v.1.0');
    expect(section).toHaveTextContent('1 rating is for a statement this version no longer has, listed below.');
    const earlier = within(section).getByRole('list', { name: 'Ratings from an earlier version' });
    expect(within(earlier).getByRole('listitem')).toHaveTextContent(
      'Emerging, version v.0.9Statement 1 in version v.0.9With help · Note: Old note',
    );

    await user.click(
      within(section).getByRole('button', { name: 'Remove the earlier rating of “Statement 1 in version v.0.9”' }),
    );
    expect(screen.queryByRole('list', { name: 'Ratings from an earlier version' })).not.toBeInTheDocument();
    expect(saved().earlier).toBeUndefined();
  });
});

describe('the results after a new version of the framework', () => {
  const reworded = 'Dough mixing — combine weighed ingredients under close supervision in a small bakery.';
  const gone = 'Bread shaping — shape loaves by hand under supervision in a small bakery.';

  beforeEach(() => {
    store(2, {
      frameworkVersion: 'v.0.9',
      ratings: {
        'emerging/dough-mixing': { rating: 'on-my-own', text: reworded },
        'emerging/bread-shaping': { rating: 'not-yet', note: 'Never tried', text: gone },
        // Word for word in v.1.0, where it is the second statement.
        'emerging/statement-1': {
          rating: 'with-help',
          text: 'Oven loading — place trays following a posted schedule in a production kitchen.',
        },
      },
    });
  });

  it('says what changed: the versions, the ratings that moved, the rewordings and the earlier ratings', async () => {
    await open('/occupations/99-1001.00/assessment/results');
    const section = await screen.findByRole('region', { name: 'Changes in this framework' });
    expect(section).toHaveTextContent('The framework changed from version v.0.9 to v.1.0');
    expect(section).toHaveTextContent('1 rating moved with its statement.');
    expect(section).toHaveTextContent('1 statement was reworded slightly and kept its rating:');
    const rewording = within(within(section).getByRole('list', { name: 'Reworded statements' })).getByRole('listitem');
    expect(rewording).toHaveTextContent('Before: Dough mixing — combine [dropped: weighed] ingredients');
    expect(rewording).toHaveTextContent('Now: Dough mixing — combine [added: measured] ingredients');
    const earlier = within(section).getByRole('list', { name: 'Ratings from an earlier version' });
    expect(within(earlier).getByRole('listitem')).toHaveTextContent(
      `Emerging, version v.0.9${gone}Not yet · Note: Never tried`,
    );
    // The carried ratings count where they now are.
    expect(screen.getByText('1 on my own, 1 with help, 0 not yet, 1 unrated (of 3)')).toBeInTheDocument();
    await waitFor(() => expect(saved().frameworkVersion).toBe('v.1.0'));
  });

  it('hides the summary when asked, keeping the earlier ratings until they are removed', async () => {
    const { user } = await open('/occupations/99-1001.00/assessment/results');
    const section = await screen.findByRole('region', { name: 'Changes in this framework' });
    await user.click(within(section).getByRole('button', { name: 'Hide this summary' }));
    expect(section).not.toHaveTextContent('The framework changed');
    expect(within(section).getByRole('list', { name: 'Ratings from an earlier version' })).toBeInTheDocument();
    expect(saved().changes).toBeUndefined();
    expect(saved().earlier).toHaveLength(1);
  });

  it('lists the statements new in this version when the earlier version’s prints were kept', async () => {
    const prints = (texts: string[]) => texts.map(statementPrint);
    store(2, {
      frameworkVersion: 'v.0.9',
      ratings: { 'emerging/dough-mixing': { rating: 'on-my-own', text: DOUGH_MIXING } },
      // The earlier version lacked "Keep the work area clean" and had a statement v.1.0 dropped.
      statementPrints: [
        prints([DOUGH_MIXING, 'Oven loading — place trays following a posted schedule in a production kitchen.']),
        prints([
          'Dough mixing — adjust hydration with little supervision in a busy bakery.',
          'Oven loading — rotate trays independently in a production kitchen.',
          'Bread shaping — shape loaves by hand in a busy bakery.',
        ]),
        prints([
          'Dough mixing — scale recipes for daily demand in a commercial bakery.',
          'Quality checks — reject underbaked batches against house standards.',
        ]),
        prints(['Production planning — design the weekly bake plan across shifts in a multi-site bakery.']),
      ],
    });
    await open('/occupations/99-1001.00/assessment/results');
    const section = await screen.findByRole('region', { name: 'Changes in this framework' });
    expect(section).toHaveTextContent('1 statement is new in this version, not yet rated, listed below.');
    expect(section).toHaveTextContent('1 statement you had not rated is no longer in the framework.');
    const added = within(section).getByRole('list', { name: 'New statements' });
    expect(within(added).getByRole('listitem')).toHaveTextContent('EmergingKeep the work area clean');
  });

  it('tells the learner on the rating page, with a link to the changes', async () => {
    await open('/occupations/99-1001.00/assessment');
    expect(await screen.findByText(/This framework changed from version v\.0\.9 to v\.1\.0/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See what changed' })).toHaveAttribute(
      'href',
      '/occupations/99-1001.00/assessment/results#framework-changes',
    );
  });
});

describe('importing a file saved by an older Ladder', () => {
  it('ties each rating to the statement its readable list names, wherever that statement is now', async () => {
    const { user } = await open('/assessments');
    const file = {
      format: 'ladder-assessment',
      formatVersion: 1,
      occupation: { soc: '99-1001.00', title: 'Bakery Assistants' },
      framework: { version: 'v.0.9' },
      assessment: {
        soc: '99-1001.00',
        title: 'Bakery Assistants',
        frameworkVersion: 'v.0.9',
        startedAt: '2026-05-01T08:00:00.000Z',
        updatedAt: '2026-05-02T08:00:00.000Z',
        ratings: { 'emerging:1': { rating: 'on-my-own', note: 'Every shift' } },
      },
      // In v.0.9 dough mixing came second at Emerging.
      statements: [
        { level: 'emerging', index: 0, text: 'Keep the work area clean', rating: null, note: null },
        { level: 'emerging', index: 1, text: DOUGH_MIXING, rating: null, note: null },
      ],
    };
    await user.upload(
      await screen.findByLabelText(/^Choose a JSON file downloaded from Ladder/),
      // jsdom's File has no text(), which browsers have.
      Object.assign(new File([JSON.stringify(file)], 'old.json', { type: 'application/json' }), {
        text: () => Promise.resolve(JSON.stringify(file)),
      }),
    );
    expect(await screen.findByText(/^Imported the assessment of Bakery Assistants\./)).toBeInTheDocument();
    expect(saved().ratings).toEqual({
      'emerging/dough-mixing': { rating: 'on-my-own', note: 'Every shift', text: DOUGH_MIXING },
    });
    expect(saved().frameworkVersion).toBe('v.1.0');
    expect(screen.getByRole('list', { name: 'Assessments' })).toHaveTextContent('1 statement rated');
  });
});
