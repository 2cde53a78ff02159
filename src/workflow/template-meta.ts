/**
 * The template's identity, kept on a hidden sheet: the format and the dataset it was made
 * for, so that the importer refuses a template of another dataset instead of reading ids
 * that happen to match. Drop-down lists (sources, districts) live on the same sheet.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../model/dataset.ts';
import type { SheetRow } from './csv-read.ts';
import { Refusal } from './refusal.ts';

/** Format of the template; a later, incompatible layout gets a new number. */
export const TEMPLATE_FORMAT = 'ochiq-sektor-template/1';

/** What the hidden sheet says. */
export interface TemplateMeta {
  format: string;
  /** The publisher's name, for messages. */
  dataset: string;
  /** Fingerprint of the dataset: the same for every template of it. */
  datasetKey: string;
  /** The district the template was made for, or empty for the whole dataset. */
  district: string;
  /** Date the template was made. */
  generated: string;
}

/** The dataset's name in messages: its publisher, in Uzbek where given. */
export const datasetName = (ds: Pick<Dataset, 'site'>): string => {
  const p = ds.site.publisher;
  return p['uz-Latn'] ?? p.en ?? p.ru ?? p['uz-Cyrl'] ?? '';
};

/** The dataset's fingerprint: its publisher in every form (site.json), hashed. */
export function datasetKey(ds: Pick<Dataset, 'site'>): string {
  const p = ds.site.publisher;
  const canonical = JSON.stringify(
    Object.keys(p)
      .sort()
      .map((k) => [k, p[k as keyof typeof p]]),
  );
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** Rows of the hidden sheet, key in column A and value in B. */
export function metaRows(meta: TemplateMeta): [string, string][] {
  return [
    ['format', meta.format],
    ['dataset', meta.dataset],
    ['dataset_key', meta.datasetKey],
    ['district', meta.district],
    ['generated', meta.generated],
  ];
}

/** Reads the hidden sheet's rows; undefined when they are not a template's identity. */
export function readMeta(rows: readonly SheetRow[]): TemplateMeta | undefined {
  const get = (key: string) => rows.find((r) => r.cells[0]?.trim() === key)?.cells[1]?.trim() ?? '';
  if (!get('format').startsWith('ochiq-sektor-template/')) return undefined;
  return {
    format: get('format'),
    dataset: get('dataset'),
    datasetKey: get('dataset_key'),
    district: get('district'),
    generated: get('generated'),
  };
}

/** Refuses a template of another format or another dataset. */
export function checkMeta(meta: TemplateMeta, ds: Pick<Dataset, 'site'>): void {
  if (meta.format !== TEMPLATE_FORMAT)
    throw new Refusal(
      'template-format',
      `this template has format ${meta.format}, this version reads ${TEMPLATE_FORMAT}: download a fresh template (npm run template) and copy the numbers into it`,
    );
  if (meta.datasetKey !== datasetKey(ds))
    throw new Refusal(
      'other-dataset',
      `this is the template of another dataset ("${meta.dataset}"), not of "${datasetName(ds)}": fill in this site's template (npm run template, or /data/template.xlsx)`,
    );
}
