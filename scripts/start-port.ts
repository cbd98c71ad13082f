import { createServer, type Server } from 'node:http';

/** The ports `npm start` tries, in order, when PORT does not name one. */
export const DEFAULT_PORTS = { first: 4173, last: 4183 } as const;

export type Claim<Hold> = { ok: true; hold: Hold } | { ok: false; reason: string };

export type PortChoice<Hold> =
  | {
      ok: true;
      port: number;
      /** Keeps the port until it is released, so that nothing takes it while the site is built. */
      hold: Hold;
      /** What to tell the site owner about the choice. */
      message: string;
    }
  | { ok: false; message: string };

function list(ports: readonly number[]): string {
  if (ports.length <= 2) return ports.join(' and ');
  return `${ports.slice(0, -1).join(', ')} and ${ports.at(-1)}`;
}

/**
 * The port to serve on: PORT when it is set (and then only that one), else the
 * first free one from DEFAULT_PORTS. `claim` tries one port.
 */
export async function choosePort<Hold>(
  setting: string | undefined,
  claim: (port: number) => Promise<Claim<Hold>>,
): Promise<PortChoice<Hold>> {
  const { first, last } = DEFAULT_PORTS;
  if (setting !== undefined && setting.trim() !== '') {
    const port = Number(setting);
    if (!/^\s*\d+\s*$/.test(setting) || port < 1 || port > 65535) {
      return {
        ok: false,
        message: `PORT must be a whole number from 1 to 65535, such as PORT=5000 (got "${setting}").`,
      };
    }
    const claimed = await claim(port);
    if (claimed.ok) return { ok: true, port, hold: claimed.hold, message: `Using port ${port}, from PORT.` };
    return {
      ok: false,
      message:
        `Port ${port}, from PORT, is ${claimed.reason}. Choose another, such as PORT=${port === 65535 ? 5000 : port + 1} npm start, ` +
        `or leave PORT unset to use the first free port from ${first} to ${last}.`,
    };
  }
  const taken: number[] = [];
  for (let port = first; port <= last; port += 1) {
    const claimed = await claim(port);
    if (claimed.ok) {
      const message =
        taken.length === 0
          ? `Using port ${port}.`
          : `Port${taken.length === 1 ? '' : 's'} ${list(taken)} ${taken.length === 1 ? 'is' : 'are'} taken; using port ${port}.`;
      return { ok: true, port, hold: claimed.hold, message };
    }
    taken.push(port);
  }
  return {
    ok: false,
    message: `Ports ${first} to ${last} are all taken. Choose another port with PORT, such as PORT=5000 npm start.`,
  };
}

function listen(port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    // Whoever opens the address meanwhile (a browser, a test runner checking for a
    // server) gets an answer at once rather than a connection that hangs.
    const server = createServer((_request, response) => {
      response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10' });
      response.end('Ladder is being built for this address; reload in a moment.\n');
    });
    server.once('error', reject);
    server.listen({ port, host, exclusive: true }, () => resolve(server));
  });
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

/** A release function when the port is free on this machine, else why not. */
export async function holdPort(port: number): Promise<Claim<() => Promise<void>>> {
  try {
    // `vite preview` listens on localhost; another server may listen there only,
    // or on every address (no host), which a browser opening localhost also reaches.
    await close(await listen(port, 'localhost'));
    const server = await listen(port);
    return { ok: true, hold: () => close(server) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') return { ok: false, reason: 'in use' };
    if (code === 'EACCES') return { ok: false, reason: 'not open to this user' };
    return { ok: false, reason: `not usable (${code ?? String(error)})` };
  }
}
