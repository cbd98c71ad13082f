import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { formatLocalDate } from '../lib/format-date';
import { useHydrated } from '../lib/use-hydrated';

// A fragment this long is data (a shared assessment), not a place on the page: printed, it
// would fill lines with code no reader can type back in.
const LONGEST_PRINTED_FRAGMENT = 80;

/** The address a printout can be found at again: the page's, without a long fragment. */
export function printedAddress(href: string): string {
  const url = new URL(href);
  if (url.hash.length > LONGEST_PRINTED_FRAGMENT) url.hash = '';
  return url.href;
}

/**
 * Printed only: where the page came from and when, so a printout handed to a client can be
 * found again and dated. Filled in after hydration: prerendered HTML knows neither the
 * address it is served from nor the day it is printed.
 */
export function PrintedFrom() {
  const hydrated = useHydrated();
  // Read so that the line follows the reader from page to page.
  useLocation();
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    // A page left open overnight prints the day it is printed, not the day it opened.
    const refresh = () => setPrintedAt(new Date());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  if (!hydrated) return null;
  const address = printedAddress(window.location.href);
  return (
    <p className="hidden text-xs text-black print:mb-2 print:block">
      Printed on {formatLocalDate(printedAt)} from <span className="break-all">{address}</span>
    </p>
  );
}
