function stubBrowser() {
  const store = new Map<string, string>();
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => store.set(key, value),
  });
  const reload = vi.fn();
  vi.stubGlobal('window', { location: { reload } });
  return reload;
}

// A fresh module each time: it remembers that it is already reloading.
async function freshModule() {
  vi.resetModules();
  return import('./stale-deploy');
}

describe('loadPageCode', () => {
  it('returns the chunk when it loads, without reloading', async () => {
    const reload = stubBrowser();
    const { loadPageCode } = await freshModule();
    await expect(loadPageCode(() => Promise.resolve('page'))).resolves.toBe('page');
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads once for a missing chunk, then lets the error through instead of looping', async () => {
    const reload = stubBrowser();
    const gone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const first = await freshModule();
    // The page is reloading: the load never settles, so no error flashes meanwhile.
    const pending = first.loadPageCode(gone);
    await Promise.resolve();
    expect(reload).toHaveBeenCalledOnce();
    // A second failure while reloading does not reload again.
    void first.loadPageCode(gone);
    await Promise.resolve();
    expect(reload).toHaveBeenCalledOnce();
    void pending;

    // After the reload (a new page, same tab), the chunk is still missing.
    const second = await freshModule();
    await expect(second.loadPageCode(gone)).rejects.toThrow('dynamically imported');
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reloads again for a later deploy, once the last reload is long past', async () => {
    const reload = stubBrowser();
    vi.useFakeTimers({ now: 1_000_000 });
    try {
      expect((await freshModule()).reloadForNewDeploy()).toBe(true);
      vi.setSystemTime(1_000_000 + 60_000);
      expect((await freshModule()).reloadForNewDeploy()).toBe(true);
      expect(reload).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never reloads without session storage, where a loop could not be told apart', async () => {
    stubBrowser();
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new Error('denied');
      },
    });
    const reload = vi.fn();
    vi.stubGlobal('window', { location: { reload } });
    const { reloadForNewDeploy } = await freshModule();
    expect(reloadForNewDeploy()).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});
