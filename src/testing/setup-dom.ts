import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { format } from 'node:util';

// The first lazy route import is transformed on demand: slow on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 });

// jsdom does no layout; the router's scroll restoration calls this on every navigation.
window.scrollTo = () => undefined;

// A warning or error logged during a test is a bug the test did not look for.
let logged: string[] = [];

beforeEach(() => {
  logged = [];
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${method}: ${format(...args)}`);
    });
  }
});

afterEach(() => {
  cleanup();
  expect(logged, 'nothing is logged to console.error or console.warn').toEqual([]);
});
