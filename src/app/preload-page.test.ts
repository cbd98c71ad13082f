import { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router-dom';
import { catalog } from 'virtual:ladder-catalog';
import { getOccupationQueryOptions } from '../api/get-occupation';
import { serveOccupationFiles } from '../testing/occupation-files';
import { preloadPage } from './preload-page';
import { routes } from './router';

const [first, second] = catalog.occupations;
if (!first || !second) throw new Error('the fixture catalog needs two occupations');

function requested(fetchMock: ReturnType<typeof serveOccupationFiles>): string[] {
  return fetchMock.mock.calls.map(
    ([input]) => new URL(input instanceof Request ? input.url : input.toString(), 'http://localhost').pathname,
  );
}

describe('preloadPage', () => {
  it('starts loading a level page’s code and its occupation before the first render', async () => {
    const fetchMock = serveOccupationFiles();
    const code = vi.fn(() => Promise.resolve());
    const testRoutes: RouteObject[] = [
      {
        path: '/',
        children: [
          {
            path: 'occupations/:soc/:level',
            handle: { code, occupations: ({ soc }: { soc?: string }) => [soc ?? ''] },
          },
        ],
      },
    ];
    const queryClient = new QueryClient();
    const ready = preloadPage(
      testRoutes,
      { pathname: `/occupations/${first.soc}/proficient`, search: '' },
      queryClient,
    );
    expect(code).toHaveBeenCalledOnce();
    expect(requested(fetchMock)).toEqual([`/${first.dataPath}`]);
    // Ready to hydrate once both are in: the occupation is then in the cache the page reads.
    await expect(ready).resolves.toBe(true);
    expect(queryClient.getQueryState(getOccupationQueryOptions(first).queryKey)?.status).toBe('success');
  });

  it('says the page is not ready when its data cannot be downloaded, so that it is rendered afresh', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('Gone', { status: 500 }))),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const ready = preloadPage(routes, { pathname: `/occupations/${first.soc}/proficient`, search: '' }, queryClient);
    await expect(ready).resolves.toBe(false);
  });

  it('says the page is not ready when its code cannot be loaded', async () => {
    serveOccupationFiles();
    const testRoutes: RouteObject[] = [
      { path: '/about', handle: { code: () => Promise.reject(new Error('chunk gone')) } },
    ];
    await expect(preloadPage(testRoutes, { pathname: '/about', search: '' }, new QueryClient())).resolves.toBe(false);
  });

  it('loads both occupations of a comparison from the app’s own routes, and nothing for the catalog', async () => {
    const fetchMock = serveOccupationFiles();
    await expect(preloadPage(routes, { pathname: '/', search: '' }, new QueryClient())).resolves.toBe(true);
    expect(requested(fetchMock)).toEqual([]);
    void preloadPage(
      routes,
      { pathname: '/compare', search: `?occupations=${first.soc},99-9999.99,${second.soc}&level=all` },
      new QueryClient(),
    );
    // The unknown SOC code is left to the page, which says it is unknown.
    expect(requested(fetchMock)).toEqual([`/${first.dataPath}`, `/${second.dataPath}`]);
  });

  it('ignores addresses it does not know, SOC codes the catalog lacks and levels that do not exist', () => {
    const fetchMock = serveOccupationFiles();
    void preloadPage(routes, { pathname: '/occupations/99-9999.99/proficient', search: '' }, new QueryClient());
    void preloadPage(routes, { pathname: '/no/such/page', search: '' }, new QueryClient());
    void preloadPage(routes, { pathname: `/occupations/${first.soc}/expert`, search: '' }, new QueryClient());
    expect(requested(fetchMock)).toEqual([]);
  });
});
