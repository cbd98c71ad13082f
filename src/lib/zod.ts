import { z } from 'zod';

// Zod compiles fast parsers with `new Function` unless told not to; the site's
// Content-Security-Policy forbids eval, and even zod's probe for it is reported
// as a violation. Every schema imports z from here, so this runs first.
z.config({ jitless: true });

export { z };
