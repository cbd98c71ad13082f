import { createServer, type Server } from 'node:net';
import { choosePort, holdPort, type Claim } from './start-port.ts';

/** A claim that finds the given ports taken and holds the others, noting each try. */
function machine(taken: Iterable<number>, reason = 'in use') {
  const busy = new Set(taken);
  const tried: number[] = [];
  const claim = (port: number): Promise<Claim<string>> => {
    tried.push(port);
    return Promise.resolve(busy.has(port) ? { ok: false, reason } : { ok: true, hold: `held ${port}` });
  };
  return { claim, tried };
}

describe('choosePort', () => {
  it('uses 4173 when it is free', async () => {
    const { claim, tried } = machine([]);
    expect(await choosePort(undefined, claim)).toEqual({
      ok: true,
      port: 4173,
      hold: 'held 4173',
      message: 'Using port 4173.',
    });
    expect(tried).toEqual([4173]);
  });

  it('takes the next free port when 4173 is taken, saying which were taken', async () => {
    expect(await choosePort(undefined, machine([4173]).claim)).toMatchObject({
      port: 4174,
      message: 'Port 4173 is taken; using port 4174.',
    });
    expect(await choosePort('', machine([4173, 4174, 4175]).claim)).toMatchObject({
      port: 4176,
      message: 'Ports 4173, 4174 and 4175 are taken; using port 4176.',
    });
  });

  it('tries 4173 to 4183, then says how to choose a port', async () => {
    const { claim, tried } = machine(Array.from({ length: 11 }, (_, index) => 4173 + index));
    expect(await choosePort(undefined, claim)).toEqual({
      ok: false,
      message: 'Ports 4173 to 4183 are all taken. Choose another port with PORT, such as PORT=5000 npm start.',
    });
    expect(tried).toEqual([4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183]);
  });

  it('uses PORT when it is set, and no other', async () => {
    const free = machine([]);
    expect(await choosePort('5000', free.claim)).toMatchObject({
      ok: true,
      port: 5000,
      message: 'Using port 5000, from PORT.',
    });
    const taken = machine([5000]);
    expect(await choosePort('5000', taken.claim)).toEqual({
      ok: false,
      message:
        'Port 5000, from PORT, is in use. Choose another, such as PORT=5001 npm start, or leave PORT unset to use the first free port from 4173 to 4183.',
    });
    expect(taken.tried).toEqual([5000]);
  });

  it('says why a port cannot be used', async () => {
    const choice = await choosePort('80', machine([80], 'not open to this user').claim);
    expect(choice.ok).toBe(false);
    expect(choice.message).toMatch(/^Port 80, from PORT, is not open to this user\./);
  });

  it.each(['abc', '0', '65536', '50.5', '-1', '5000x'])('rejects PORT=%s, trying no port', async (setting) => {
    const { claim, tried } = machine([]);
    expect(await choosePort(setting, claim)).toEqual({
      ok: false,
      message: `PORT must be a whole number from 1 to 65535, such as PORT=5000 (got "${setting}").`,
    });
    expect(tried).toEqual([]);
  });
});

describe('holdPort', () => {
  const listen = (host?: string) =>
    new Promise<Server>((resolve) => {
      const server = createServer();
      server.listen(0, host, () => resolve(server));
    });
  const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
  const portOf = (server: Server) => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('not a TCP server');
    return address.port;
  };

  it('finds a port another server listens on in use, and holds a free one until released', async () => {
    const other = await listen();
    const port = portOf(other);
    expect(await holdPort(port)).toEqual({ ok: false, reason: 'in use' });
    await close(other);

    const claimed = await holdPort(port);
    if (!claimed.ok) throw new Error(`port ${port} should be free: ${claimed.reason}`);
    expect(await holdPort(port)).toEqual({ ok: false, reason: 'in use' });
    // Meanwhile a visitor is told to come back, rather than left waiting.
    const response = await fetch(`http://localhost:${port}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/being built/);
    await claimed.hold();
    const again = await holdPort(port);
    expect(again.ok).toBe(true);
    if (again.ok) await again.hold();
  });

  it('finds a port in use when another server listens on localhost only, as another preview does', async () => {
    const other = await listen('localhost');
    expect(await holdPort(portOf(other))).toEqual({ ok: false, reason: 'in use' });
    await close(other);
  });
});
