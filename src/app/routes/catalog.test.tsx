import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render-route';

function cards() {
  return within(screen.getByRole('list', { name: 'Occupations' }))
    .getAllByRole('link')
    .map((link) => link.textContent);
}

function card(name: string) {
  const found = screen.getAllByRole('listitem').find((item) => within(item).queryByRole('link', { name }));
  if (!found) throw new Error(`no card for ${name}`);
  return found;
}

describe('catalog', () => {
  it('lists every occupation with its SOC code, group and job zone', () => {
    renderRoute('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Occupations' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('3 occupations');
    expect(cards()).toEqual(['Archive Technicians', 'Bakery Assistants', 'Harbour Pilots']);
    const pilot = card('Harbour Pilots');
    expect(pilot).toHaveTextContent('99-2002.00');
    expect(pilot).toHaveTextContent('Transportation');
    expect(pilot).toHaveTextContent('Job zone 4');
    const archive = card('Archive Technicians');
    expect(archive).toHaveTextContent('Job zone not assigned');
  });

  it('filters by title as you type, and says how many match', async () => {
    const { user, router } = renderRoute('/');
    await user.type(screen.getByRole('searchbox', { name: 'Search by title or SOC code' }), 'pil');
    expect(cards()).toEqual(['Harbour Pilots']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 occupations');
    expect(router.state.location.search).toBe('?q=pil');
  });

  it('finds an occupation by its SOC code', async () => {
    const { user } = renderRoute('/');
    await user.type(screen.getByRole('searchbox', { name: 'Search by title or SOC code' }), '99-1001');
    expect(cards()).toEqual(['Bakery Assistants']);
  });

  it('filters by group and by job zone', async () => {
    const { user } = renderRoute('/');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group' }), 'Office Support (1)');
    expect(cards()).toEqual(['Archive Technicians']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group' }), 'All groups');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Job zone' }), '1: Little or no preparation needed');
    expect(cards()).toEqual(['Bakery Assistants']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Job zone' }), 'Not assigned');
    expect(cards()).toEqual(['Archive Technicians']);
  });

  it('shows an empty state when nothing matches, and clears back to everything', async () => {
    const { user } = renderRoute('/?q=astronaut');
    expect(screen.getByRole('heading', { name: 'No occupations match' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Occupations' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 of 3 occupations');
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(cards()).toHaveLength(3);
    expect(screen.getByRole('searchbox', { name: 'Search by title or SOC code' })).toHaveValue('');
  });

  it('restores the filters from the address', () => {
    renderRoute('/?q=bakery&zone=1');
    expect(screen.getByRole('searchbox', { name: 'Search by title or SOC code' })).toHaveValue('bakery');
    expect(screen.getByRole('combobox', { name: 'Job zone' })).toHaveValue('1');
    expect(cards()).toEqual(['Bakery Assistants']);
  });

  it('credits every source named in the exports', () => {
    renderRoute('/');
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getAllByText(/v99\.1 \(Test Licence\)/)).toHaveLength(2);
    expect(within(footer).getByText('© Fixture Owner')).toBeInTheDocument();
    expect(within(footer).getByText('© Harbour Fixture Board')).toBeInTheDocument();
    expect(within(footer).getAllByRole('link', { name: 'crosswalk.example' })[0]).toHaveAttribute(
      'href',
      'https://crosswalk.example',
    );
  });
});
