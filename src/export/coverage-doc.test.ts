import { describe, it, expect } from 'vitest';
import { siteData } from '../site/data.ts';
import { regionCoverages, siteCoverage } from '../site/coverage.ts';
import { ApiCoverage, coverageCsv, coverageDoc } from './coverage-doc.ts';

describe('coverageDoc', () => {
  siteData();
  const doc = coverageDoc(siteCoverage(), regionCoverages());

  it("gives the demo's national coverage: 1 of 206 districts and cities sourced, 19 illustrative, 13 silent regions", () => {
    expect(ApiCoverage.parse(doc)).toEqual(doc);
    expect(doc.country.districts).toEqual({ listed: 206, sourced: 1, illustrative: 19, none: 187 });
    expect(doc.country.newestSourced).toBe('2020-12-02');
    expect(doc.country.silentRegions).toHaveLength(13);
    expect(doc.country.silentRegions).not.toContain('fa');
    expect(doc.regions.find((r) => r.region === 'fa')?.districts).toEqual({
      listed: 19,
      sourced: 1,
      illustrative: 19,
      none: 0,
    });
    expect(doc.regions.find((r) => r.region === 'qr')?.districts).toEqual({
      listed: 17,
      sourced: 0,
      illustrative: 0,
      none: 17,
    });
  });

  it('writes the same as CSV, two rows per scope', () => {
    const lines = coverageCsv(siteCoverage(), regionCoverages())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('scope,places,listed,sourced,illustrative,none,newest_sourced,newest_illustrative');
    expect(lines).toHaveLength(1 + 2 * 15);
    expect(lines[1]).toBe('country,districts_and_cities,206,1,19,187,2020-12-02,2020-12-02');
  });
});
