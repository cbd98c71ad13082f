/** A Storage that keeps items in a Map, for unit tests of saving: it can be made full or broken. */
export class MemoryStorage implements Storage {
  items = new Map<string, string>();
  full = false;
  /** Fails every write part-way, as a browser might when it is closed mid-save. */
  broken = false;
  /** How many writes were attempted. */
  writes = 0;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.writes += 1;
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (this.broken) throw new Error('The write did not complete.');
    this.items.set(key, value);
  }
}
