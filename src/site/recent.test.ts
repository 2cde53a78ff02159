import { describe, expect, it } from 'vitest';
import { recent } from './recent.ts';

describe('recent', () => {
  it('reuses a value among the last ones made and remakes one that fell out', () => {
    const cache = recent<string, number>(2);
    let made = 0;
    const get = (k: string) => cache.get(k, () => ++made);
    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    expect(get('c')).toBe(3);
    expect(get('b')).toBe(2);
    expect(get('a')).toBe(4);
    expect(made).toBe(4);
  });
});
