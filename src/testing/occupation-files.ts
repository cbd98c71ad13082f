import { buildSiteData } from '../../data-pipeline/build-site-data';
import { FIXTURE_EXPORTS_DIR } from './fixture-paths';

// The same build step as the real site, run over the fixture exports.
const site = buildSiteData(FIXTURE_EXPORTS_DIR);

/** Answers fetch() with the fixture occupation files, as a static host would. */
export function serveOccupationFiles() {
  const fetchMock = vi.fn((input: RequestInfo | URL) => {
    const { pathname } = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const text = site.files.get(pathname.replace(/^\//, ''));
    return Promise.resolve(
      text === undefined
        ? new Response('Not found', { status: 404 })
        : new Response(text, { headers: { 'Content-Type': 'application/json' } }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
