import { screen } from '@testing-library/react';
import { renderRoute } from '../../testing/render-route';

describe('not found', () => {
  it.each([
    ['an unknown path', '/nowhere/at/all', /no page at this address/],
    ['an unknown SOC code', '/occupations/11-1111.00/emerging', /no occupation with the SOC code “11-1111.00”/],
    ['an unknown level', '/occupations/99-1001.00/expert', /Bakery Assistants has no level called “expert”/],
  ])('explains %s and leads back to the catalog', async (_case, path, detail) => {
    const { user, router } = renderRoute(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(detail)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Browse all occupations' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Occupations' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
