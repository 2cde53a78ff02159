/**
 * A cache that keeps only the last few entries. Build-wide memos of per-snapshot or
 * per-place documents held the whole country several times over (gigabytes); routes
 * list their paths in order, so the last few entries are all a build reuses.
 */
export interface Recent<K, V> {
  /** The value of `key`, made with `make` unless it is among the last `size` made. */
  get(key: K, make: () => V): V;
}

export function recent<K, V>(size: number): Recent<K, V> {
  const kept = new Map<K, V>();
  return {
    get(key, make) {
      if (kept.has(key)) return kept.get(key)!;
      const value = make();
      kept.set(key, value);
      for (const old of kept.keys()) if (kept.size > size) kept.delete(old);
      return value;
    },
  };
}
