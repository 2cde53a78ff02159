import { describe, it, expect } from 'vitest';
import { locales } from '../i18n/locales.ts';
import { siteData } from '../site/data.ts';
import { searchEntries } from './entries.ts';
import { entriesFromFile, type SearchIndexFile } from './index-file.ts';
import { searchIndexFile } from './index-write.ts';

const data = siteData();
/** The file as the browser gets it: through JSON. */
const overTheWire = (file: SearchIndexFile): SearchIndexFile => JSON.parse(JSON.stringify(file));

describe('the search index file', () => {
  it.each(locales)('gives the browser the same entries the build ranks (%s)', (locale) => {
    const entries = searchEntries(data, locale);
    expect(entriesFromFile(overTheWire(searchIndexFile(data, locale)))).toEqual(entries);
  });

  it('reads back children listed before their parents', () => {
    const reversed = { ...data, ds: { ...data.ds, places: [...data.ds.places].reverse() } };
    const file = overTheWire(searchIndexFile(reversed, 'ru'));
    expect(file.parent.some((back) => back < 0)).toBe(true);
    expect(entriesFromFile(file)).toEqual(searchEntries(reversed, 'ru'));
  });

  it('stores no link and each repeated string once: under a third of the entries written out', () => {
    for (const locale of locales) {
      const file = searchIndexFile(data, locale);
      const text = JSON.stringify(file);
      expect(text.length, locale).toBeLessThan(JSON.stringify(searchEntries(data, locale)).length / 3);
      const strings = [...file.name, ...file.key, ...file.slug].filter((s) => typeof s === 'string');
      expect(strings.filter((s) => s.includes('/'))).toEqual([]);
      expect(text.split(`"${file.kinds.mahalla}"`)).toHaveLength(2);
    }
  });
});
