/** A Storage for tests whose writes can be made to fail (quota exceeded, storage disabled). */
export class TestStorage implements Storage {
  map = new Map<string, string>();
  refuse = false;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.refuse) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, String(v)); // as Storage does
  }
}
