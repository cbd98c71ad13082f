import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import type { Browser, Page, Request } from '@playwright/test';

/** The system Chromium: the same binary for Playwright and Lighthouse, so their figures agree. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Background traffic (updates, sync, safe browsing lists) would be counted as page bytes.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

export function chromiumVersion(): string {
  const result = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  return result.stdout.trim() || 'unknown';
}

export interface Transfer {
  url: string;
  /** Path of the URL, for reading in the report. */
  path: string;
  type: string;
  status: number;
  /** Body bytes as sent over the network, i.e. gzip-compressed where the server compressed. */
  bytes: number;
  /** Asked for by the service worker itself (installing, or fetching for the page), not by the page. */
  serviceWorker: boolean;
}

/**
 * Records every request of a page's context (the page, its workers and its
 * service worker) while `recording` is on. Sizes are read later, once the
 * responses are complete: Chromium knows the encoded body size only after the
 * body has arrived. A response the service worker gave the page counts 0 bytes:
 * what it took from the network, if anything, is its own request.
 */
export class TransferLog {
  private readonly requests: Request[] = [];
  recording = true;

  constructor(page: Page) {
    page.context().on('request', (request) => {
      if (this.recording) this.requests.push(request);
    });
  }

  /** Requests so far, to split the log at a moment (e.g. the first results). */
  get count(): number {
    return this.requests.length;
  }

  async transfers(): Promise<Transfer[]> {
    return Promise.all(
      this.requests.map(async (request) => {
        const response = await request.response();
        // Wait for the body, so the encoded size is final; a failed request still counts what arrived.
        await response?.finished();
        const sizes = await request.sizes().catch(() => null);
        const url = new URL(request.url());
        return {
          url: request.url(),
          path: url.origin === 'null' ? request.url() : `${url.pathname}${url.search}`,
          type: request.resourceType(),
          status: response?.status() ?? 0,
          bytes: response?.fromServiceWorker() ? 0 : Math.max(0, sizes?.responseBodySize ?? 0),
          serviceWorker: request.serviceWorker() !== null,
        };
      }),
    );
  }
}

export const sumBytes = (transfers: readonly Transfer[]) => transfers.reduce((sum, item) => sum + item.bytes, 0);
