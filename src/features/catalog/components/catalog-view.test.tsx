import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import type { CatalogEntry } from '../../../lib/occupation';
import { CATALOG_PAGE_SIZE, CatalogView } from './catalog-view';

function entries(count: number): CatalogEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    soc: `11-${String(1000 + index)}.00`,
    title: `${index % 2 === 0 ? 'Even' : 'Odd'} Occupation ${String(index + 1).padStart(3, '0')}`,
    group: 'Management',
    jobZone: 3,
    jobZoneInferred: false,
    levelCounts: [1, 1, 1, 1],
    dataPath: `assets/occupations/x/11-${1000 + index}.00.json`,
  }));
}

function setUpCatalog(count: number) {
  const router = createMemoryRouter([{ path: '/', element: <CatalogView occupations={entries(count)} /> }]);
  render(<RouterProvider router={router} />);
  return userEvent.setup();
}

function cards() {
  return within(screen.getByRole('list', { name: 'Occupations' })).getAllByRole('listitem');
}

describe('a long catalog', () => {
  it('shows a page of occupations at a time, moving focus to the first one added', async () => {
    const user = setUpCatalog(130);
    expect(cards()).toHaveLength(CATALOG_PAGE_SIZE);
    expect(screen.getByText(`Showing ${CATALOG_PAGE_SIZE} of 130`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Show ${CATALOG_PAGE_SIZE} more` }));
    expect(cards()).toHaveLength(CATALOG_PAGE_SIZE * 2);
    const firstAdded = new RegExp(`Occupation ${String(CATALOG_PAGE_SIZE + 1).padStart(3, '0')}$`);
    expect(screen.getByRole('link', { name: firstAdded })).toHaveFocus();
    while (cards().length < 130) {
      const more = Math.min(CATALOG_PAGE_SIZE, 130 - cards().length);
      await user.click(screen.getByRole('button', { name: `Show ${more} more` }));
    }
    expect(cards()).toHaveLength(130);
    expect(screen.queryByRole('button', { name: /Show \d+ more/ })).not.toBeInTheDocument();
  });

  it('starts again from the first page when the search changes', async () => {
    const user = setUpCatalog(130);
    await user.click(screen.getByRole('button', { name: `Show ${CATALOG_PAGE_SIZE} more` }));
    await user.type(screen.getByRole('searchbox', { name: 'Search by title or SOC code' }), 'odd');
    // The list follows the search box a moment later (a deferred value), so typing never waits for it.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('65 of 130 occupations'));
    expect(cards()).toHaveLength(CATALOG_PAGE_SIZE);
    expect(
      screen.getByRole('button', { name: `Show ${Math.min(CATALOG_PAGE_SIZE, 65 - CATALOG_PAGE_SIZE)} more` }),
    ).toBeInTheDocument();
  });
});
