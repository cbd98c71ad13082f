import { screen, within } from '@testing-library/react';
import { encodeShare, toBase64Url } from '../../features/assessment/lib/share-link';
import type { Assessment } from '../../features/assessment/lib/assessment';
import type { Occupation } from '../../lib/occupation';
import { makeAssessment, ratingsFor } from '../../testing/assessment-fixture';
import { makeOccupation } from '../../testing/occupation-fixture';
import { serveOccupationFiles } from '../../testing/occupation-files';
import { renderRoute } from '../../testing/render-route';

// The fixture Bakery Assistants framework (v.1.0) as a link made before it was published might have known it.
const older: Occupation = makeOccupation({
  soc: '99-1001.00',
  title: 'Bakery Assistants',
  framework: { version: 'v.0.9', description: '', contextCovered: '', exportedAt: '', schemaVersion: '1.0' },
  statements: [
    [
      'Dough mixing — combine measured ingredients under close supervision in a small bakery.',
      'Bread shaping — shape loaves by hand under supervision in a small bakery.',
    ],
    [],
    [],
    [],
  ],
});

function sharedOf(occupation: Occupation, ratings: Assessment['ratings']): Assessment {
  return makeAssessment({
    soc: occupation.soc,
    title: occupation.title,
    frameworkVersion: occupation.framework.version,
    ratings,
  });
}

async function codeFor(payload: unknown, prefix: string): Promise<string> {
  // jsdom's Blob has no stream(): feed the bytes through a stream of their own.
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const stream = source.pipeThrough(new CompressionStream('deflate-raw'));
  return `${prefix}${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
}

describe('a shared assessment', () => {
  it('opens a link made against an earlier version: ratings follow their statements, the rest are listed as earlier', async () => {
    serveOccupationFiles();
    const code = await encodeShare(
      sharedOf(
        older,
        ratingsFor(older, [
          ['emerging', 0, 'on-my-own'],
          ['emerging', 1, 'with-help', 'Only rolls'],
        ]),
      ),
      older,
    );
    renderRoute(`/shared-assessment#${code}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Shared assessment: Bakery Assistants' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('1 on my own, 0 with help, 0 not yet, 2 unrated (of 3)')).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Changes in this framework' });
    expect(section).toHaveTextContent('The framework changed from version v.0.9 to v.1.0');
    const earlier = within(section).getByRole('list', { name: 'Ratings from an earlier version' });
    expect(within(earlier).getByRole('listitem')).toHaveTextContent(
      'Emerging, version v.0.9Bread shaping — shape loaves by hand under supervision in a small bakery.With help · Note: Only rolls',
    );
    // Read-only: nothing to remove or hide here.
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('opens a link of the first format on the version it names, each rating on the statement at its position', async () => {
    serveOccupationFiles();
    const code = await codeFor(
      {
        s: '99-1001.00',
        t: 'Bakery Assistants',
        v: 'v.1.0',
        u: '2026-05-02T08:00:00.000Z',
        r: ['33', '3', '', ''],
        n: [],
      },
      'v1.',
    );
    renderRoute(`/shared-assessment#${code}`);
    expect(await screen.findByText('2 on my own, 0 with help, 0 not yet, 1 unrated (of 3)')).toBeInTheDocument();
    expect(screen.getByText('1 on my own, 0 with help, 0 not yet, 1 unrated (of 2)')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Changes in this framework' })).not.toBeInTheDocument();
  });

  it('lists every rating with its note, and the statements not rated, without links to change them', async () => {
    serveOccupationFiles();
    const current: Occupation = makeOccupation({
      soc: '99-1001.00',
      title: 'Bakery Assistants',
      statements: [
        [
          'Dough mixing — combine measured ingredients under close supervision in a small bakery.',
          'Oven loading — place trays following a posted schedule in a production kitchen.',
          'Keep the work area clean',
        ],
        [],
        [],
        [],
      ],
    });
    const code = await encodeShare(
      sharedOf(current, ratingsFor(current, [['emerging', 1, 'with-help', 'Only on the early shift']])),
      current,
    );
    renderRoute(`/shared-assessment#${code}`);
    const list = await screen.findByRole('region', { name: /^Every rating, with notes/ });
    const items = within(within(list).getByRole('region', { name: 'Level 1: Emerging' })).getAllByRole('listitem');
    expect(items[1]).toHaveTextContent('Rating: With help');
    expect(items[1]).toHaveTextContent('Note: Only on the early shift');
    expect(items[0]).toHaveTextContent('Rating: Not rated');
    expect(within(list).queryByRole('link')).not.toBeInTheDocument();
  });
});
