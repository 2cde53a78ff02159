/**
 * The template's columns. Row 1 holds machine keys (what the importer reads), row 2 the
 * same columns described in Uzbek, Russian and English (optional when importing).
 */
import type { Dataset } from '../model/dataset.ts';
import type { Metric, TextForm } from '../model/types.ts';

/** Columns every template has, before one column per stored metric. */
export const FIXED_COLUMNS = ['place_id', 'kind', 'name_uz_latn', 'name_uz_cyrl', 'name_ru', 'name_en', 'date', 'qualifier', 'source', 'quote'] as const;
/** One of the fixed columns. */
export type FixedColumn = (typeof FIXED_COLUMNS)[number];

/** The name column of each written form of a place name. */
export const NAME_COLUMNS: Record<TextForm, FixedColumn> = { 'uz-Latn': 'name_uz_latn', 'uz-Cyrl': 'name_uz_cyrl', ru: 'name_ru', en: 'name_en' };

/** What each fixed column is for: Uzbek (Latin), Russian, English. */
const FIXED_LABELS: Record<FixedColumn, readonly [string, string, string]> = {
  place_id: ['Joy identifikatori (oʻzgartirmang)', 'Идентификатор места (не менять)', 'Place id (do not change)'],
  kind: ['Turi', 'Тип', 'Kind'],
  name_uz_latn: ['Nomi (oʻzbekcha, lotin)', 'Название (узбекский, латиница)', 'Name (Uzbek, Latin)'],
  name_uz_cyrl: ['Nomi (oʻzbekcha, kirill)', 'Название (узбекский, кириллица)', 'Name (Uzbek, Cyrillic)'],
  name_ru: ['Nomi (ruscha)', 'Название (русский)', 'Name (Russian)'],
  name_en: ['Nomi (inglizcha)', 'Название (английский)', 'Name (English)'],
  date: ['Sana YYYY-MM-DD (boʻsh: eʼlon sanasi)', 'Дата ГГГГ-ММ-ДД (пусто: дата публикации)', 'Date YYYY-MM-DD (empty: publication date)'],
  qualifier: ['Aniqlik: aniq, kamida, koʻpi bilan, taxminan', 'Точность: точно, не менее, не более, примерно', 'Qualifier: exact, at-least, at-most, approximately'],
  source: ['Manba (sources.json dagi id)', 'Источник (id из sources.json)', 'Source (id in sources.json)'],
  quote: ['Manbadagi soʻzlar', 'Слова источника', 'Source wording'],
};

/** Metrics a snapshot stores (derived ones are computed by the site), in catalogue order. */
export const storedMetrics = (ds: Pick<Dataset, 'metrics'>): Metric[] => ds.metrics.filter((m) => !m.derived);

/** Row 1: the machine keys. */
export const headerKeys = (ds: Pick<Dataset, 'metrics'>): string[] => [...FIXED_COLUMNS, ...storedMetrics(ds).map((m) => m.id)];

const join3 = (uz: string, ru: string, en: string) => `${uz} / ${ru} / ${en}`;

/** The three-language description of a column, or undefined for a key the template does not have. */
export function columnLabel(ds: Pick<Dataset, 'metricById'>, key: string): string | undefined {
  if ((FIXED_COLUMNS as readonly string[]).includes(key)) return join3(...FIXED_LABELS[key as FixedColumn]);
  const m = ds.metricById.get(key);
  return m && !m.derived ? join3(m.labels['uz-Latn'], m.labels.ru, m.labels.en) : undefined;
}

/** Row 2: every column described in Uzbek, Russian and English. */
export const labelRow = (ds: Pick<Dataset, 'metrics' | 'metricById'>): string[] => headerKeys(ds).map((k) => columnLabel(ds, k) ?? '');
