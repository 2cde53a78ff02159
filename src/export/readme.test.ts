import { describe, it, expect } from 'vitest';
import { exportData } from './test-data.ts';
import { readmeText, licenceText } from './readme.ts';
import { PLACE_COLUMNS, SNAPSHOT_COLUMNS } from './figure-rows.ts';

const data = exportData();

describe('readmeText', () => {
  it('documents every column of both CSV tables', () => {
    const text = readmeText(data);
    for (const c of [...PLACE_COLUMNS, ...SNAPSHOT_COLUMNS])
      expect(text).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
  });

  it('lists every snapshot, the licence, "fewer than 5" and a citation', () => {
    const text = readmeText(data);
    expect(text).toContain('2020-11-01  /data/snapshots/2020-11-01.csv');
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain('Fewer than 5');
    expect(text).toMatch(
      /Test\. "Ochiq Sektor: data, snapshot of 2020-12-02"\. 2020-12-02\. http.*\/data\/snapshots\/2020-12-02\.csv/,
    );
  });
});

describe('licenceText', () => {
  it('names the licence of site.json and the publisher', () => {
    expect(licenceText(data)).toMatch(/made available by Test\nunder the licence: CC BY 4\.0\./);
  });
});
