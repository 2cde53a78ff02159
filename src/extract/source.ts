/**
 * The document a proposal cites: its language, title, publisher and date read from the
 * text (or the page), matched to an entry of `sources.json` by title (in any of its
 * forms, any case or script) and date; otherwise a draft entry to add there. The URL is
 * only the page's own canonical link, never guessed.
 */
import type { Dataset } from '../model/dataset.ts';
import type { Source, TextForm } from '../model/types.ts';
import { HttpUrl } from '../schema/common.ts';
import type { PageText } from './html.ts';
import { foldApostrophes } from '../translit/apostrophes.ts';
import { russianToUzLatinKey } from '../translit/ru.ts';
import { keyOf } from './tokens.ts';

/** The language and script of a text, from its letters. */
export function languageOf(whole: string): TextForm {
  const text = whole.slice(0, 20000); // the first pages tell as well as the whole
  const cyr = (text.match(/[\u0400-\u04FF]/g) ?? []).length;
  const lat = (text.match(/[A-Za-z]/g) ?? []).length;
  if (cyr >= lat)
    return (text.match(/[ўқғҳЎҚҒҲ]/g) ?? []).length >= Math.max(3, cyr / 1000) ? 'uz-Cyrl' : 'ru';
  const words = text.toLowerCase().match(/[a-zʻʼ'’]+/g) ?? [];
  const count = (set: string) => words.filter((w) => set.split(' ').includes(w)).length;
  return count('the and of in to was were with for') > count('va bilan uchun ham bu esa tumani viloyati')
    ? 'en'
    : 'uz-Latn';
}

/** A date written alone on a line: `2020-12-02 16:24:57` or `02.12.2020 16:24`. */
export function dateLine(text: string): { date: string; time?: string } | undefined {
  const iso = /^\s*(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?\s*$/m.exec(text);
  if (iso) return { date: iso[1]!, ...(iso[2] ? { time: iso[2] } : {}) };
  const dotted = /^\s*(\d{2})\.(\d{2})\.(\d{4})(?:[ ,]+(\d{2}:\d{2}(?::\d{2})?))?\s*$/m.exec(text);
  if (dotted)
    return { date: `${dotted[3]}-${dotted[2]}-${dotted[1]}`, ...(dotted[4] ? { time: dotted[4] } : {}) };
  return undefined;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The title: a page's heading, else the first line when it is short and not a sentence. */
export function titleOf(text: string, page?: PageText): string | undefined {
  if (page?.title) return page.title;
  const first = lines(text)[0];
  return first && first.length <= 200 && !/[.!?:;,]$/.test(first) ? first : undefined;
}

/** The publisher: a page's site name, else a short line naming an administration or ministry. */
export function publisherOf(text: string, page?: PageText): string | undefined {
  if (page?.siteName) return page.siteName;
  return lines(text)
    .reverse()
    .find(
      (l) =>
        l.length <= 100 &&
        !/[.!?]$/.test(l) &&
        /(hokimlig|hokimiyat|administrats|vazirlig|ministr|prokuratur|axborot hizmat|press sluzhb)/.test(
          keyOf(l).replace(/ /g, ' '),
        ),
    );
}

/** An id made of a name: ASCII words joined by "-" («Фарғона вилояти ҳокимлиги» → `fargona-viloyati-hokimligi`). */
function idWords(name: string): string {
  const ascii = /[\u0400-\u04FF]/.test(name)
    ? russianToUzLatinKey(name)
    : foldApostrophes(name).toLowerCase().normalize('NFKD');
  return ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The source found for a text: an existing entry, or a draft. */
export interface SourceFound {
  status: 'existing' | 'draft';
  entry: Source;
  /** Why it is the existing entry, or what the draft lacks. */
  note: string;
}

/** Options: what the person gave on the command line. */
export interface SourceOptions {
  source?: string;
  date?: string;
}

/** Finds the text's source in the dataset, or drafts one. */
export function sourceOf(
  ds: Dataset,
  text: string,
  page: PageText | undefined,
  options: SourceOptions,
): SourceFound | { error: string } {
  if (options.source) {
    const entry = ds.sourceById.get(options.source);
    return entry
      ? { status: 'existing', entry, note: 'given with --source' }
      : {
          error: `--source: no source has the id "${options.source}" in sources.json (leave it out to draft one)`,
        };
  }
  const line = dateLine(text);
  const published =
    page?.published && /^\d{4}-\d{2}-\d{2}/.test(page.published) ? page.published.slice(0, 10) : undefined;
  const date = options.date ?? published ?? line?.date;
  if (!date) return { error: 'no publication date in the text: give it with --date YYYY-MM-DD' };
  const title = titleOf(text, page);
  const language = languageOf(text);
  const titleKey = title ? keyOf(title) : '';
  const match = ds.sources.find(
    (s) =>
      s.date === date &&
      titleKey !== '' &&
      [s.title, ...Object.values(s.titleTranslated ?? {})].some((t) => keyOf(t) === titleKey),
  );
  if (match)
    return {
      status: 'existing',
      entry: match,
      note: `the title «${title}» and the date ${date} are those of ${match.id}`,
    };
  const publisher = publisherOf(text, page);
  const url = page?.canonical && HttpUrl.safeParse(page.canonical).success ? page.canonical : undefined;
  const slug = idWords(publisher ?? 'press release') || 'press-release';
  const time = line?.date === date ? line.time : undefined;
  const entry: Source = {
    id: `${slug}-${date}`,
    publisher: { [language]: publisher ?? '(publisher not found in the text: fill in)' },
    title: title ?? '(title not found in the text: fill in)',
    language,
    kind: 'press-release',
    date,
    ...(time ? { time } : {}),
    ...(url ? { url } : {}),
  };
  const lacks = [!publisher && 'publisher', !title && 'title'].filter(Boolean).join(' and ');
  return {
    status: 'draft',
    entry,
    note: `no source in sources.json has this title and date: add this draft there${lacks ? ` (fill in its ${lacks})` : ''}${url ? '' : '; no canonical link, so no URL'}`,
  };
}
