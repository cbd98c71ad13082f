import { spawn } from 'node:child_process';
import { preview } from 'vite';
import { choosePort, holdPort } from './start-port.ts';

// Usage: npm start  (or PORT=5000 npm start)
//
// Builds the site for the address it will be served at (its canonical links
// carry it), then serves dist/ there as `vite preview --strictPort`
// would. The port is the first free one from 4173 to 4183, or PORT.

const log = (message: string) => console.log(`Ladder: ${message}`);

/** `npm run build` (type check, then vite build) with the site's address. */
function build(siteUrl: string): Promise<number> {
  // Under `npm start`, npm names itself: run that one, which works where `npm` is not on the PATH as such.
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'run', 'build']] : ['npm', ['run', 'build']];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, LADDER_SITE_URL: siteUrl } });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const choice = await choosePort(process.env.PORT, holdPort);
if (!choice.ok) {
  log(choice.message);
  process.exit(1);
}
const siteUrl = `http://localhost:${choice.port}`;
log(`${choice.message} Building the site for ${siteUrl}.`);
const status = await build(siteUrl).finally(choice.hold);
if (status !== 0) process.exit(status);

try {
  const server = await preview({ preview: { port: choice.port, strictPort: true } });
  server.printUrls();
  log(`Serving the built site at ${server.resolvedUrls?.local[0] ?? siteUrl}. Press Ctrl+C to stop.`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  log(`Could not serve on port ${choice.port}: ${message}`);
  if (/in use/i.test(message)) log('Another program took it while the site was built; run npm start again.');
  process.exit(1);
}
