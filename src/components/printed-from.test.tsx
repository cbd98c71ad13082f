import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { PrintedFrom, printedAddress } from './printed-from';

describe('printedAddress', () => {
  it('keeps the path, query and a statement’s fragment', () => {
    expect(printedAddress('https://ladder.example/occupations/43-4171.00/emerging#scheduling')).toBe(
      'https://ladder.example/occupations/43-4171.00/emerging#scheduling',
    );
    expect(printedAddress('https://ladder.example/compare?occupations=43-4171.00,43-6011.00')).toBe(
      'https://ladder.example/compare?occupations=43-4171.00,43-6011.00',
    );
  });

  it('leaves out a fragment that carries data, such as a shared assessment', () => {
    expect(printedAddress(`https://ladder.example/shared-assessment#v2.${'a'.repeat(400)}`)).toBe(
      'https://ladder.example/shared-assessment',
    );
  });
});

describe('PrintedFrom', () => {
  it('says, for print, the day and the address the page was printed from', () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 2, 9, 30), toFake: ['Date'] });
    render(
      <MemoryRouter>
        <PrintedFrom />
      </MemoryRouter>,
    );
    expect(screen.getByText(/^Printed on 2 December 2026 from/)).toHaveTextContent(window.location.href);
    vi.useRealTimers();
  });

  it('prints the day of printing when the page was opened the day before', () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 1, 23, 50), toFake: ['Date'] });
    render(
      <MemoryRouter>
        <PrintedFrom />
      </MemoryRouter>,
    );
    expect(screen.getByText(/^Printed on 1 December 2026/)).toBeInTheDocument();
    vi.setSystemTime(new Date(2026, 11, 2, 0, 10));
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText(/^Printed on 2 December 2026/)).toBeInTheDocument();
    vi.useRealTimers();
  });
});
