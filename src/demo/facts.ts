/**
 * The only sourced facts of the demo: the Fergana regional administration's press
 * release of 2020-12-02 (see ../shared/seed/facts.md). Quotes are copied verbatim
 * from the release; nothing here may be invented or "completed".
 */

export const SOURCE_ID = 'fergana-hokimiyat-2020-12-02';
export const SOURCE_DATE = '2020-12-02';

const cite = (quote: string) => ({ source: SOURCE_ID, quote });

/** The district and sector the figures are about: Oʻzbekiston district, sector 2. */
export const SOURCED_DISTRICT_SLUG = 'ozbekiston';
export const SOURCED_SECTOR_NUMBER = 2;

/** The regional hokim leads the region's sector 1. */
export const REGION_SECTOR1_LEADER = {
  name: {
    'uz-Cyrl': 'Хайрулло Бозаров',
    'uz-Latn': 'Xayrullo Bozarov',
    ru: 'Хайрулло Бозаров',
    en: 'Khayrullo Bozarov',
  },
  asOf: SOURCE_DATE,
  provenance: cite('вилоят ҳокими Хайрулло Бозаров'),
};

/** The new building of the region's sector 2 headquarters. */
export const REGION_SECTOR2_HEADQUARTERS = {
  note: {
    'uz-Latn': '2020-yil 2-dekabrda yangi shtab binosi foydalanishga topshirildi.',
    'uz-Cyrl': '2020 йил 2 декабрда янги штаб биноси фойдаланишга топширилди.',
    ru: '2 декабря 2020 года открыто новое здание штаба.',
    en: 'A new headquarters building was opened on 2 December 2020.',
  },
  asOf: SOURCE_DATE,
  provenance: cite('вилоят 2-сектор штаби янги биносининг фойдаланишга топширилгани'),
};

/** The prosecutor of Oʻzbekiston district leads its sector 2. */
export const SECTOR2_LEADER = {
  name: {
    'uz-Cyrl': 'Мирвоҳид Отабоев',
    'uz-Latn': 'Mirvohid Otaboev',
    ru: 'Мирвохид Отабоев',
    en: 'Mirvohid Otaboev',
  },
  asOf: SOURCE_DATE,
  provenance: cite('Ўзбекистон тумани прокурори, 2-сектор раҳбари Мирвоҳид Отабоев'),
};

/** A Telegram channel exists; the source gives no address, so there is no url. */
export const SECTOR2_CHANNELS = [
  { kind: 'telegram' as const, asOf: SOURCE_DATE, provenance: cite('телеграм канал ҳам ишга туширилган') },
];

/** The one real mahalla: named in the source, in Cyrillic only (the loader transliterates). */
export const QAYNAR = {
  slug: 'qaynar',
  names: { 'uz-Cyrl': 'Қайнар' },
  note: 'Named in the source: «Қайнар» маҳалла фуқаролар йиғини',
};

export type SourcedValue = number | { value: number; qualifier: 'at-least' };

/** The figures for sector 2, one record each, in the order of the release. */
export const SECTOR2_FIGURES: readonly { metric: string; value: SourcedValue; quote: string }[] = [
  { metric: 'mahallas', value: 18, quote: '18 та маҳалла фуқаролар йиғини' },
  { metric: 'population', value: { value: 62000, qualifier: 'at-least' }, quote: '62 мингдан ортиқ аҳоли' },
  { metric: 'iron_registered', value: 831, quote: '831 та оила рўйхатга олиниб' },
  { metric: 'iron_lifted', value: 660, quote: 'уларнинг 660 таси камбағалликдан чиқарилди' },
  { metric: 'schools', value: 16, quote: '16 та мактаб' },
  { metric: 'preschools', value: 16, quote: '16 та мактабгача таълим ташкилоти' },
  { metric: 'health_facilities', value: 5, quote: '5 та соғлиқни сақлаш муассасаси' },
];

/** A sourced figure as a number (the lower bound for "more than"). */
export function figure(metric: string): number {
  const f = SECTOR2_FIGURES.find((x) => x.metric === metric);
  if (!f) throw new Error(`no sourced figure for ${metric}`);
  return typeof f.value === 'number' ? f.value : f.value.value;
}

/** The sourced records of the 2020-12-02 snapshot, in SECTOR2_FIGURES order. */
export function sourcedRecords(placeId: string) {
  return SECTOR2_FIGURES.map((f) => ({
    place: placeId,
    date: SOURCE_DATE,
    provenance: cite(f.quote),
    values: { [f.metric]: f.value },
  }));
}
