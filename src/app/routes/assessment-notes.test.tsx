import { screen, waitFor, within } from '@testing-library/react';
import { STORAGE_KEY } from '../../features/assessment/lib/storage';
import { serveOccupationFiles } from '../../testing/occupation-files';

// The rating page and the results as a learner coming back meets them: the
// place they left off, ratings carried over from another occupation, every
// rating with its note. The fixture is Bakery Assistants (3, 2, 2, 1 statements).

beforeEach(() => {
  window.localStorage.clear();
  vi.resetModules();
});

const SOC = '99-1001.00';
const EMERGING = [
  'Dough mixing — combine measured ingredients under close supervision in a small bakery.',
  'Oven loading — place trays following a posted schedule in a production kitchen.',
  'Keep the work area clean',
];
const DEVELOPING = [
  'Dough mixing — adjust hydration with little supervision in a busy bakery.',
  'Oven loading — rotate trays independently in a production kitchen.',
];

/** Saved data of format 2 with one assessment of the fixture occupation, put there before the page loads. */
function store(fields: Record<string, unknown>) {
  window.localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      version: 2,
      assessments: {
        [SOC]: {
          soc: SOC,
          title: 'Bakery Assistants',
          frameworkVersion: 'v.1.0',
          startedAt: '2026-05-01T08:00:00.000Z',
          updatedAt: '2026-05-02T08:00:00.000Z',
          ratings: {},
          ...fields,
        },
      },
    }),
  );
}

function saved(): Record<string, unknown> {
  const data = JSON.parse(window.localStorage.getItem(STORAGE_KEY)!) as {
    assessments: Record<string, Record<string, unknown>>;
  };
  return data.assessments[SOC]!;
}

async function open(path: string) {
  serveOccupationFiles();
  const { renderRoute } = await import('../../testing/render-route');
  return renderRoute(path);
}

/** A statement's rating group, by its number and text (jsdom joins the legend's parts without their spaces). */
function groupName(number: number, text: string) {
  const squashed = `${number}.${text}`.replace(/\s/g, '');
  return (name: string) => name.replace(/\s/g, '') === squashed;
}

function group(number: number, text: string) {
  return screen.getByRole('group', { name: groupName(number, text) });
}

describe('moving between levels', () => {
  it('focuses the new level’s heading on Next level and on Previous level', async () => {
    const { user } = await open(`/occupations/${SOC}/assessment`);
    await user.click(await screen.findByRole('button', { name: 'Start assessment' }));
    await user.click(screen.getByRole('button', { name: 'Next level →' }));
    expect(screen.getByRole('heading', { name: 'Level 2 of 4: Developing' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Next level →' }));
    expect(screen.getByRole('heading', { name: 'Level 3 of 4: Proficient' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '← Previous level' }));
    expect(screen.getByRole('heading', { name: 'Level 2 of 4: Developing' })).toHaveFocus();
  });

  it('leaves focus on a level button chosen from the list of levels', async () => {
    const { user } = await open(`/occupations/${SOC}/assessment`);
    await user.click(await screen.findByRole('button', { name: 'Start assessment' }));
    const developing = screen.getByRole('button', { name: /^2\. Developing/ });
    await user.click(developing);
    expect(developing).toHaveFocus();
    expect(developing).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('coming back to an assessment', () => {
  it('offers to go on at the first unrated statement of the level last rated at', async () => {
    store({
      lastLevel: 'developing',
      ratings: {
        'emerging/dough-mixing': { rating: 'on-my-own', text: EMERGING[0] },
        'developing/dough-mixing': { rating: 'with-help', text: DEVELOPING[0] },
      },
    });
    const { user } = await open(`/occupations/${SOC}/assessment`);
    // The page opens at the first level, as always.
    expect(await screen.findByRole('heading', { name: 'Level 1 of 4: Emerging' })).toBeInTheDocument();
    const welcome = screen.getByRole('region', { name: 'Welcome back' });
    expect(welcome).toHaveTextContent(
      'You have rated 2 of 8 statements. Next to rate: statement 2 of Level 2, Developing.',
    );
    await user.click(within(welcome).getByRole('button', { name: 'Continue where you left off' }));
    expect(screen.getByRole('heading', { name: 'Level 2 of 4: Developing' })).toBeInTheDocument();
    expect(within(group(2, DEVELOPING[1]!)).getByRole('radio', { name: /Not yet/ })).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Welcome back' })).not.toBeInTheDocument();
  });

  it('saves the level of each new rating, and the offer to resume steps aside once the learner rates on', async () => {
    store({ ratings: { 'emerging/dough-mixing': { rating: 'on-my-own', text: EMERGING[0] } } });
    const { user } = await open(`/occupations/${SOC}/assessment`);
    // Saved before the level was kept: from the first statement not rated.
    expect(await screen.findByRole('heading', { name: 'Level 1 of 4: Emerging' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Welcome back' })).toHaveTextContent(
      'Next to rate: statement 2 of Level 1, Emerging.',
    );
    await user.click(screen.getByRole('button', { name: /^3\. Proficient/ }));
    await user.click(
      within(group(1, 'Dough mixing — scale recipes for daily demand in a commercial bakery.')).getByRole('radio', {
        name: /With help/,
      }),
    );
    expect(saved()).toMatchObject({ lastLevel: 'proficient' });
    // Rating on is going on: the offer steps aside.
    expect(screen.queryByRole('region', { name: 'Welcome back' })).not.toBeInTheDocument();
  });

  it('does not offer to resume right after starting', async () => {
    const { user } = await open(`/occupations/${SOC}/assessment`);
    await user.click(await screen.findByRole('button', { name: 'Start assessment' }));
    await user.click(within(group(1, EMERGING[0]!)).getByRole('radio', { name: /On my own/ }));
    expect(screen.queryByRole('region', { name: 'Welcome back' })).not.toBeInTheDocument();
  });

  it('opens at the statement a Change link from the results names, focused', async () => {
    store({
      lastLevel: 'emerging',
      ratings: { 'developing/oven-loading': { rating: 'not-yet', text: DEVELOPING[1] } },
    });
    const { user } = await open(`/occupations/${SOC}/assessment/results`);
    await user.click(await screen.findByRole('link', { name: 'Change the rating of statement 2 of Developing' }));
    const radio = await screen.findByRole('radio', { name: /Not yet/, checked: true });
    await waitFor(() => expect(radio).toHaveFocus());
    expect(screen.getByRole('heading', { name: 'Level 2 of 4: Developing' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Welcome back' })).not.toBeInTheDocument();
  });
});

describe('ratings carried over from another occupation', () => {
  const MARK = 'Carried over from Harbour Pilots, not confirmed yet';

  beforeEach(() => {
    store({
      ratings: {
        'emerging/dough-mixing': { rating: 'on-my-own', text: EMERGING[0] },
        'emerging/oven-loading': { rating: 'with-help', text: EMERGING[1] },
        'emerging/statement-3': { rating: 'with-help', text: EMERGING[2] },
      },
      carriedOver: {
        fromSoc: '99-2002.00',
        fromTitle: 'Harbour Pilots',
        keys: ['emerging/dough-mixing', 'emerging/oven-loading', 'emerging/statement-3'],
      },
    });
  });

  it('are marked, and described so to a screen reader, until kept or changed', async () => {
    const { user } = await open(`/occupations/${SOC}/assessment`);
    const dough = await screen.findByRole('group', { name: groupName(1, EMERGING[0]!) });
    expect(dough).toHaveAccessibleDescription(MARK);
    expect(screen.getByRole('region', { name: '3 ratings carried over from Harbour Pilots' })).toBeInTheDocument();

    // A note alone does not confirm the rating.
    await user.click(screen.getByRole('button', { name: 'Add a note to statement 1' }));
    await user.type(screen.getByRole('textbox', { name: /Note/ }), 'Yes');
    expect(dough).toHaveAccessibleDescription(MARK);

    await user.click(within(dough).getByRole('button', { name: 'Keep this rating for statement 1' }));
    expect(dough).not.toHaveAccessibleDescription(MARK);
    expect(within(dough).getByRole('radio', { name: /On my own/ })).toHaveFocus();

    const oven = group(2, EMERGING[1]!);
    await user.click(within(oven).getByRole('radio', { name: /Not yet/ }));
    expect(oven).not.toHaveAccessibleDescription(MARK);
    expect(saved().carriedOver).toEqual({
      fromSoc: '99-2002.00',
      fromTitle: 'Harbour Pilots',
      keys: ['emerging/statement-3'],
    });
    expect(group(3, EMERGING[2]!)).toHaveAccessibleDescription(MARK);
  });

  it('choosing the same rating again with its key confirms it', async () => {
    const { user } = await open(`/occupations/${SOC}/assessment`);
    const dough = await screen.findByRole('group', { name: groupName(1, EMERGING[0]!) });
    within(dough)
      .getByRole('radio', { name: /On my own/ })
      .focus();
    await user.keyboard('3');
    expect(dough).not.toHaveAccessibleDescription(MARK);
  });

  it('can all be kept at once, and the results say which are still carried over until then', async () => {
    const view = await open(`/occupations/${SOC}/assessment/results`);
    const list = await screen.findByRole('region', { name: /^Every rating, with notes/ });
    expect(within(list).getAllByText(MARK)).toHaveLength(3);
    view.unmount();

    const { user } = await open(`/occupations/${SOC}/assessment`);
    await user.click(await screen.findByRole('button', { name: 'Keep all 3 carried-over ratings' }));
    expect(screen.queryByText(MARK)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /carried over from/ })).not.toBeInTheDocument();
    expect(saved()).not.toHaveProperty('carriedOver');
    expect(saved().ratings).toMatchObject({ 'emerging/dough-mixing': { rating: 'on-my-own' } });
  });
});

describe('the results', () => {
  it('list every statement with its rating and note, the unrated ones said to be so', async () => {
    store({
      ratings: {
        'emerging/dough-mixing': { rating: 'on-my-own', note: 'Every morning shift', text: EMERGING[0] },
        'developing/oven-loading': { rating: 'not-yet', text: DEVELOPING[1] },
      },
    });
    await open(`/occupations/${SOC}/assessment/results`);
    const list = await screen.findByRole('region', { name: /^Every rating, with notes/ });
    expect(list).toHaveTextContent('All 8 statements, level by level: 1 note, 6 not rated.');
    const emerging = within(within(list).getByRole('region', { name: 'Level 1: Emerging' })).getAllByRole('listitem');
    expect(emerging.map((item) => item.textContent)).toEqual([
      `1. ${EMERGING[0]}Rating: On my ownChangeNote: Every morning shift`,
      `2. ${EMERGING[1]}Rating: Not ratedChange`,
      `3. ${EMERGING[2]}Rating: Not ratedChange`,
    ]);
    const developing = within(list).getByRole('region', { name: 'Level 2: Developing' });
    expect(within(developing).getAllByRole('listitem')[1]).toHaveTextContent('Rating: Not yet');
    expect(within(list).getByRole('region', { name: 'Level 4: Advanced' })).toBeInTheDocument();
  });

  it('explain "Working towards" without saying the learner stands at a level', async () => {
    store({ ratings: { 'emerging/dough-mixing': { rating: 'on-my-own', text: EMERGING[0] } } });
    await open(`/occupations/${SOC}/assessment/results`);
    const estimate = await screen.findByRole('region', { name: 'Estimated level' });
    expect(estimate).toHaveTextContent('Working towards Emerging');
    expect(estimate).not.toHaveTextContent('You stand at');
    expect(estimate).toHaveTextContent(
      'You have not reached Emerging yet: 1 of its 3 statements is rated On my own, and 3 are needed.',
    );
  });

  it('show the link itself, apart from the message, when it cannot be copied', async () => {
    store({ ratings: { 'emerging/dough-mixing': { rating: 'on-my-own', text: EMERGING[0] } } });
    const { user } = await open(`/occupations/${SOC}/assessment/results`);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    await user.click(await screen.findByRole('button', { name: 'Copy a share link' }));
    const status = await screen.findByText('Copy this link:', { exact: false });
    const link = within(status).getByText(/\/shared-assessment#v2\./);
    // Only the link may break anywhere; the words of the message wrap whole.
    expect(link).not.toBe(status);
    expect(status.className).not.toMatch(/break-all/);
  });
});
