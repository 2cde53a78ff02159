/**
 * The template's columns. Row 1 holds machine keys (what the importer reads), row 2 the
 * same columns described in Uzbek, Russian and English (optional when importing).
 */
import type { Dataset } from '../model/dataset.ts';
import type { Metric, TextForm } from '../model/types.ts';

/** Where a row's values were published and in what words: the last columns before the values, on every sheet. */
const SOURCE_COLUMNS = ['source', 'quote'] as const;

/** Columns every template has, before one column per stored metric. */
export const FIXED_COLUMNS = [
  'place_id',
  'kind',
  'name_uz_latn',
  'name_uz_cyrl',
  'name_ru',
  'name_en',
  'date',
  'qualifier',
  ...SOURCE_COLUMNS,
] as const;
/** One of the fixed columns. */
export type FixedColumn = (typeof FIXED_COLUMNS)[number];

/** The name column of each written form of a place name. */
export const NAME_COLUMNS: Record<TextForm, FixedColumn> = {
  'uz-Latn': 'name_uz_latn',
  'uz-Cyrl': 'name_uz_cyrl',
  ru: 'name_ru',
  en: 'name_en',
};

/** A column described in Uzbek (Latin), Russian and English. */
type ColumnLabels = readonly [string, string, string];

/** The source columns, the same on the data and places sheets. */
const SOURCE_LABELS: Record<(typeof SOURCE_COLUMNS)[number], ColumnLabels> = {
  source: ['Manba (sources.json dagi id)', 'Источник (id из sources.json)', 'Source (id in sources.json)'],
  quote: ['Manbadagi soʻzlar', 'Слова источника', 'Source wording'],
};

/** What each fixed column is for: Uzbek (Latin), Russian, English. */
export const FIXED_LABELS: Record<FixedColumn, ColumnLabels> = {
  place_id: [
    'Joy identifikatori (oʻzgartirmang)',
    'Идентификатор места (не менять)',
    'Place id (do not change)',
  ],
  kind: ['Turi', 'Тип', 'Kind'],
  name_uz_latn: ['Nomi (oʻzbekcha, lotin)', 'Название (узбекский, латиница)', 'Name (Uzbek, Latin)'],
  name_uz_cyrl: ['Nomi (oʻzbekcha, kirill)', 'Название (узбекский, кириллица)', 'Name (Uzbek, Cyrillic)'],
  name_ru: ['Nomi (ruscha)', 'Название (русский)', 'Name (Russian)'],
  name_en: ['Nomi (inglizcha)', 'Название (английский)', 'Name (English)'],
  date: [
    'Sana YYYY-MM-DD (boʻsh: eʼlon sanasi)',
    'Дата ГГГГ-ММ-ДД (пусто: дата публикации)',
    'Date YYYY-MM-DD (empty: publication date)',
  ],
  qualifier: [
    'Aniqlik: aniq, kamida, koʻpi bilan, taxminan',
    'Точность: точно, не менее, не более, примерно',
    'Qualifier: exact, at-least, at-most, approximately',
  ],
  ...SOURCE_LABELS,
};

/** Metrics a snapshot stores (derived ones are computed by the site), in catalogue order. */
export const storedMetrics = (ds: Pick<Dataset, 'metrics'>): Metric[] => ds.metrics.filter((m) => !m.derived);

/** Row 1: the machine keys. */
export const headerKeys = (ds: Pick<Dataset, 'metrics'>): string[] => [
  ...FIXED_COLUMNS,
  ...storedMetrics(ds).map((m) => m.id),
];

const join3 = (uz: string, ru: string, en: string) => `${uz} / ${ru} / ${en}`;

/** The three-language description of a column, or undefined for a key the template does not have. */
export function columnLabel(ds: Pick<Dataset, 'metricById'>, key: string): string | undefined {
  if ((FIXED_COLUMNS as readonly string[]).includes(key)) return join3(...FIXED_LABELS[key as FixedColumn]);
  const m = ds.metricById.get(key);
  return m && !m.derived ? join3(m.labels['uz-Latn'], m.labels.ru, m.labels.en) : undefined;
}

/** Row 2: every column described in Uzbek, Russian and English. */
export const labelRow = (ds: Pick<Dataset, 'metrics' | 'metricById'>): string[] =>
  headerKeys(ds).map((k) => columnLabel(ds, k) ?? '');

/** Columns of the corrections sheet of the workbook: a place, a date and the values, read like the data sheet. */
export const correctionKeys = (ds: Pick<Dataset, 'metrics'>): string[] => [
  'place_id',
  'name_uz_latn',
  'date',
  'qualifier',
  ...SOURCE_COLUMNS,
  ...storedMetrics(ds).map((m) => m.id),
];

/** Columns of the places sheet, where a district adds its sectors and mahallas. */
export const PLACE_COLUMNS = [
  'parent',
  'kind',
  'sector',
  'name_uz_latn',
  'name_uz_cyrl',
  'leader_name',
  'channel_url',
  ...SOURCE_COLUMNS,
] as const;
/** One of the places sheet's columns. */
export type PlaceColumn = (typeof PLACE_COLUMNS)[number];

/** What each column of the places sheet is for: Uzbek (Latin), Russian, English. */
export const PLACE_LABELS: Record<PlaceColumn, ColumnLabels> = {
  parent: [
    'Tuman yoki shahar (id; boʻsh: shablon tumani)',
    'Район или город (id; пусто: район шаблона)',
    "District or city (id; empty: the template's district)",
  ],
  kind: ['Turi: sector yoki mahalla', 'Тип: sector или mahalla', 'Kind: sector or mahalla'],
  sector: [
    'Sektor (1–4): sektorning raqami yoki mahalla qaysi sektorda',
    'Сектор (1–4): номер сектора или сектор махалли',
    "Sector (1–4): the sector's number, or the mahalla's sector",
  ],
  name_uz_latn: ['Mahalla nomi (lotin)', 'Название махалли (латиница)', 'Mahalla name (Latin)'],
  name_uz_cyrl: ['Mahalla nomi (kirill)', 'Название махалли (кириллица)', 'Mahalla name (Cyrillic)'],
  leader_name: [
    'Sektor rahbari ismi (faqat manba bilan)',
    'Имя руководителя сектора (только с источником)',
    "Sector leader's name (only with a source)",
  ],
  channel_url: [
    'Sektor kanali (https://…, faqat manba bilan)',
    'Канал сектора (https://…, только с источником)',
    'Sector channel (https://…, only with a source)',
  ],
  ...SOURCE_LABELS,
};
