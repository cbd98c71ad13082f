/**
 * react-dom/client, taken in here rather than in main.tsx so that its CommonJS
 * body, the largest piece of work of the app's start, runs when the react-dom
 * chunk is evaluated, in a task of its own (vite.config.ts puts this module in
 * that chunk; site-generation/first-paint.ts evaluates the chunks one by one).
 */
export { createRoot, hydrateRoot } from 'react-dom/client';
