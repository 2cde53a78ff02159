/** `/data/README.txt` and `/data/LICENSE.txt`: what the files are, their columns, licence and citation. */
import { BOUNDARIES_ATTRIBUTION, NAMES_ATTRIBUTION, SOATO_MIT_NOTICE } from './attribution.ts';
import { siteUrl } from '../site/config.ts';
import { downloadUrl } from '../site/routes.ts';
import { PLACE_COLUMNS, SNAPSHOT_COLUMNS, JOIN } from './figure-rows.ts';
import { PROTECTION } from './api-docs.ts';
import type { ExportData } from './published.ts';

type Column = (typeof PLACE_COLUMNS)[number] | (typeof SNAPSHOT_COLUMNS)[number];

/** One line per column; the type makes a new column without a description fail to compile. */
export const COLUMN_DOCS: Record<Column, string> = {
  snapshot: 'publication date of the snapshot (the file name)',
  place_id: 'stable id of the place (never changes; see /api/v1/places.json)',
  place_kind: 'region, district, city, sector or mahalla',
  place_name_uz_latn: 'name in Uzbek, Latin script',
  place_name_uz_cyrl: 'name in Uzbek, Cyrillic script',
  place_name_ru: 'name in Russian',
  place_name_en: 'name in English',
  parent_id: "id of the parent place (a mahalla's district or city)",
  sector_id: 'id of the sector the place belongs to, where known',
  metric: 'metric id (see /api/v1/metrics.json)',
  metric_label_en: 'metric label in English',
  unit: 'people, families, entries, institutions, appeals, mahallas, share (a fraction: 0.794 = 79.4 %) or per-10000',
  date: 'date the value refers to (YYYY-MM-DD)',
  value:
    'the number; empty when hidden (see suppressed). Shares to 4 decimals, rates per 10,000 to 2, counts as published',
  qualifier: 'exact, at-least ("more than 62,000" is 62000 at-least), at-most or approximately',
  suppressed:
    'empty, fewer-than-5 (a count from 1 to 4) or protects-small (hidden so that a small count cannot be worked out by subtraction)',
  provenance: 'sourced, illustrative or register (see Provenance below)',
  derivation: 'stored (a value of a snapshot), sum (of the child places), ratio or count (mahallas listed)',
  derived_from:
    'for sum: children=N;missing=M (a sum with missing parts is a lower bound); for ratio: numerator/denominator or numerator/denominator*10000; for count: listed_mahallas',
  source_id: `id of the cited source (see /api/v1/sources.json); several joined with "${JOIN}"`,
  source_publisher: 'who published the source (English form)',
  source_title: 'title of the source as published',
  source_date: 'publication date of the source',
  source_url: 'address of the source; empty when it has none (never guessed)',
  source_quote: `the source's own wording of the figure; several joined with "${JOIN}"`,
  published: 'publication date of the snapshot the value (or its newest input) comes from',
  revised_values:
    'earlier published values of the same date, oldest first: "2020-11-02=103; …"; "hidden" where protected',
  superseded_in: 'publication date of the later snapshot that revised this value; empty while it is in force',
};

const publisherOf = (data: ExportData) =>
  data.ds.site.publisher.en ??
  data.ds.site.publisher['uz-Latn'] ??
  data.ds.site.publisher.ru ??
  data.ds.site.publisher['uz-Cyrl'] ??
  '';
const licenceLine = (data: ExportData) =>
  `${data.ds.site.licence.name}${data.ds.site.licence.url ? ` (${data.ds.site.licence.url})` : ''}`;

/** A heading underlined, as plain text. */
const section = (title: string, lines: readonly string[]) => [title, '-'.repeat(title.length), ...lines, ''];

/** One line per column: its name, then what it holds. */
const cols = (list: readonly Column[]) => list.map((c) => `  ${c.padEnd(20)} ${COLUMN_DOCS[c]}`);

/** The title, site, publisher, latest snapshot and, for demo data, the warning. */
function headerLines(data: ExportData, latest: string): string[] {
  return [
    'Ochiq Sektor: data files',
    '========================',
    '',
    `Site: ${siteUrl}/`,
    `Publisher: ${publisherOf(data)}`,
    `Latest snapshot: ${latest}`,
    ...(data.ds.site.demo
      ? [
          '',
          'DEMONSTRATION DATA: this is not an official site. Every figure whose provenance is "illustrative" is generated and not real.',
        ]
      : []),
    '',
  ];
}

/** The files on offer, every snapshot with its addresses. */
function filesSection(dates: readonly string[]): string[] {
  return section('Files', [
    '  /data/README.txt              this file',
    '  /data/coverage.csv            publication coverage: places with sourced, illustrative or no figures, per region',
    '  /data/LICENSE.txt             licence of the data',
    '  /data/places/<place_id>.csv   every figure of one place: all metrics, all dates, sums and ratios included',
    '  /data/snapshots/<date>.csv    every value published in the snapshot of that date',
    '  /data/snapshots/<date>.json   the same snapshot as JSON (identical to /api/v1/snapshots/<date>.json)',
    '  /api/v1/index.json            the JSON API: endpoints, JSON Schemas, versioning rule and changelog',
    '',
    'Snapshots (each keeps its dated address):',
    ...dates.map((d) => `  ${d}  ${downloadUrl.snapshotCsv(d)}  ${downloadUrl.snapshotJson(d)}`),
  ]);
}

/** The text of `/data/README.txt`. */
export function readmeText(data: ExportData): string {
  const dates = data.ds.snapshots.map((s) => s.published);
  const latest = dates.at(-1)!;
  const lines = [
    ...headerLines(data, latest),
    ...filesSection(dates),
    ...section('CSV format', [
      'UTF-8 with a byte-order mark, comma-separated, lines ending in CRLF, quoted as in RFC 4180.',
      'Dates are ISO 8601 (YYYY-MM-DD). Numbers use a decimal point and no thousands separator.',
      'An empty cell means no value. A text cell that starts with =, +, -, @, a tab or a carriage return',
      "begins with an apostrophe (') so that spreadsheets show it as text and never run it as a formula;",
      'remove that apostrophe to get the text as published.',
    ]),
    ...section('Columns of places/<place_id>.csv', cols(PLACE_COLUMNS)),
    ...section('Columns of snapshots/<date>.csv', cols(SNAPSHOT_COLUMNS)),
    ...section('Provenance', [
      '  sourced       stated in a published document: the source columns cite it',
      '  illustrative  generated for the demonstration: not a real figure, do not cite it',
      '  register      counted from the list of places, not stated by anyone',
      'A figure computed from an illustrative input is illustrative.',
    ]),
    ...section('Fewer than 5', [
      "The Iron, Youth and Women's Notebooks and the count of labour migrants concern vulnerable families and people.",
      PROTECTION,
      'The raw snapshot files are never published as they are.',
    ]),
    ...section('Licence', [licenceLine(data), 'See LICENSE.txt.']),
    ...section('Names, codes and boundaries', [
      NAMES_ATTRIBUTION,
      BOUNDARIES_ATTRIBUTION,
      'The MIT notice of uzsoato_registry is in LICENSE.txt.',
    ]),
    ...section('How to cite', [
      'Publisher, title, date of the snapshot, address, and the date you accessed it. For example:',
      `  ${publisherOf(data)}. "Ochiq Sektor: data, snapshot of ${latest}". ${latest}. ${siteUrl}${downloadUrl.snapshotCsv(latest)}. Licence: ${data.ds.site.licence.name}.`,
      'For one place, cite its CSV (/data/places/<place_id>.csv) or its page. For a sourced figure, cite the original',
      'source too: source_publisher, source_title, source_date and source_url (when it has one).',
    ]),
  ];
  return lines.join('\n');
}

/** The text of `/data/LICENSE.txt`. */
export function licenceText(data: ExportData): string {
  return [
    `The data published under ${siteUrl}/data/ and ${siteUrl}/api/ is made available by ${publisherOf(data)}`,
    `under the licence: ${licenceLine(data)}.`,
    '',
    'Attribution: name the publisher, the title and date of the snapshot and the address, as shown under "How to cite" in README.txt.',
    'Sourced figures quote documents of their own publishers (see /api/v1/sources.json); cite those documents as well.',
    ...(data.ds.site.demo
      ? ['', 'This is demonstration data: figures marked "illustrative" are generated and not real.']
      : []),
    '',
    NAMES_ATTRIBUTION,
    BOUNDARIES_ATTRIBUTION,
    '',
    'The names and codes of places come from uzsoato_registry, whose licence requires this notice:',
    '',
    SOATO_MIT_NOTICE,
    '',
  ].join('\n');
}
