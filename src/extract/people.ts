/**
 * People in a text. Officials are named with their position («вилоят ҳокими Хайрулло
 * Бозаров», «Ўзбекистон тумани прокурори, 2-сектор раҳбари Мирвоҳид Отабоев»): they are
 * proposed with it. Anyone else named (beneficiaries, families) is a private person: the
 * name is never carried into any output, and sentences are shown with it left out.
 */
import { POSITION_SECTOR } from './place-names.ts';
import { keyOf, type Range, type Token } from './tokens.ts';

/** A person's name in the text: tokens `[from, to)`. */
export interface PersonName extends Range {
  from: number;
  to: number;
  text: string;
}

/** An official: a name with a position before it. */
export interface OfficialFound {
  name: PersonName;
  /** The position, as written, and where. */
  position: Range & { text: string };
  /** The sector number the position leads, when the position says so («2-сектор раҳбари») or implies it (a hokim leads sector 1). */
  sector?: number;
  /** True when the position is the region's («вилоят ҳокими»). */
  regional: boolean;
}

// Surnames, patronymics and family words in Uzbek, Russian and their romanisations (keys are ASCII).
const SURNAME =
  /(y?[oe]v(a|u|e|ym|im|oy|y|ih|ymi|oyu)?|[oe]vich(a|u|e|em)?|[oe]vn(a|y|e|oy|u)|zoda|zada|kizi|ogli)(ning|ga|ni|dan|da|lar|larning|larga|larni|larda)?$/;
const POSITION =
  /^(hokim|prokuror|prosecutor|rahbar|boshlig|boshlik|rais|orinbosar|rukovodit|nachalnik|glava|predsedatel|zamestitel|governor|head|leader|chief|deputy|mayor|direktor|director|inspektor|inspector)/;
/** Words that may sit inside a position: offices, places, sectors. */
const OFFICE =
  /^(ichki|ishlar|bolim|bolimi|boshkarma|soli|inspeks|inspekts|vnutren|del|otdel|upravlen|nalog|affairs|tax|internal|department|of|the|hokimlig|hokimiyat|viloyat|tuman|shahar|shahr|rayon|oblast|gorod|region|district|city|sektor|sector|mahala|mfy|va|i|and)/;

const isName = (t: Token) => t.capital && !/^\d/.test(t.text) && !POSITION.test(t.key);

/** Names of persons: one to three capitalised words, one of them a surname. */
export function personNames(text: string, tokens: readonly Token[]): PersonName[] {
  const out: PersonName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(tokens[i]!) || !SURNAME.test(tokens[i]!.key)) continue;
    let from = i;
    while (
      from > 0 &&
      i - from < 2 &&
      isName(tokens[from - 1]!) &&
      adjacent(text, tokens[from - 1]!, tokens[from]!)
    )
      from--;
    let to = i + 1;
    while (
      to < tokens.length &&
      to - from < 3 &&
      isName(tokens[to]!) &&
      adjacent(text, tokens[to - 1]!, tokens[to]!)
    )
      to++;
    if (out.at(-1) && out.at(-1)!.to > from) continue;
    out.push({
      from,
      to,
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      text: text.slice(tokens[from]!.start, tokens[to - 1]!.end),
    });
    i = to - 1;
  }
  return out;
}

/** True when only spaces separate two words (a name does not run over a comma or a full stop). */
const adjacent = (text: string, a: Token, b: Token) => /^[ \u00A0]+$/.test(text.slice(a.end, b.start));

/** The official a name belongs to, from the position words right before it; undefined for a private person. */
export function officialOf(
  text: string,
  tokens: readonly Token[],
  name: PersonName,
  sectorNumberAt: (token: number) => number | undefined,
): OfficialFound | undefined {
  const part = (k: number) => {
    const t = tokens[k]!;
    // «2-го сектора»: the ending of an ordinal is a word of its own.
    const ordinalEnding =
      k > 0 && /^\d/.test(tokens[k - 1]!.text) && text.slice(tokens[k - 1]!.end, t.start) === '-';
    return (
      POSITION.test(t.key) ||
      OFFICE.test(t.key) ||
      /^\d/.test(t.text) ||
      ordinalEnding ||
      (t.capital && nextIsPlaceWord(tokens, k))
    );
  };
  // Only spaces, commas and dashes between the words of a position: «прокурори, 2-сектор раҳбари».
  const joined = (k: number) => /^[ \u00A0,\-–—]*$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
  let from = name.from;
  while (from > 0 && joined(from - 1) && part(from - 1)) from--;
  while (from < name.from && /^(va|i|and|of|the)$/.test(tokens[from]!.key)) from++;
  const words = tokens.slice(from, name.from);
  const last = words.at(-1);
  if (
    !last ||
    !(POSITION.test(last.key) || OFFICE.test(last.key)) ||
    !words.some((w) => POSITION.test(w.key))
  )
    return undefined;
  const start = words[0]!.start;
  const positionText = text.slice(start, last.end);
  const stated = words.map((_, k) => sectorNumberAt(from + k)).find((n) => n !== undefined);
  const deputy = /orinbosar|zamestitel|deputy/.test(keyOf(positionText));
  const implied = deputy ? undefined : POSITION_SECTOR.find(([re]) => words.some((w) => re.test(w.key)))?.[1];
  return {
    name,
    position: { start, end: last.end, text: positionText },
    sector: stated ?? implied,
    regional: words.some((w) => /^(viloyat|oblast|region)/.test(w.key)),
  };
}

/** True when the word after `i` is a kind word, so `i` is a place name («Ўзбекистон тумани»). */
const nextIsPlaceWord = (tokens: readonly Token[], i: number) =>
  /^(tuman|shahr|shahar|viloyat|rayon|oblast|gorod|district|city|region)/.test(tokens[i + 1]?.key ?? '');

/** `text` with the given names replaced by «…», for showing sentences without private persons. */
export function withoutNames(text: string, offset: number, names: readonly Range[]): string {
  let out = text;
  for (const n of [...names].sort((a, b) => b.start - a.start)) {
    if (n.start < offset || n.end > offset + text.length) continue;
    out = `${out.slice(0, n.start - offset)}[name left out]${out.slice(n.end - offset)}`;
  }
  return out;
}

const CHANNELS: readonly [string[], 'telegram' | 'website' | 'other'][] = [
  ...[
    'телеграм канал',
    'telegram kanal',
    'telegram channel',
    'телеграм гуруҳ',
    'telegram guruh',
    'telegram group',
    'телеграм-бот',
    'telegram bot',
    'telegram',
  ].map((w) => [keyOf(w).split(' '), 'telegram'] as [string[], 'telegram']),
  ...['веб-сайт', 'veb-sayt', 'website', 'сайт', 'sayt', 'site'].map(
    (w) => [keyOf(w).split(' '), 'website'] as [string[], 'website'],
  ),
  ...['instagram', 'facebook', 'ишонч телефони', 'ishonch telefoni', 'телефон доверия', 'hotline'].map(
    (w) => [keyOf(w).split(' '), 'other'] as [string[], 'other'],
  ),
];

/** A channel found: its kind and the tokens that name it. */
export interface ChannelFound {
  kind: 'telegram' | 'website' | 'other';
  from: number;
  to: number;
}

/** Channels the text names (the longest name at each word wins). */
export function channelsIn(tokens: readonly Token[]): ChannelFound[] {
  const out: ChannelFound[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = CHANNELS.filter(([keys]) => keys.every((k, j) => tokens[i + j]?.key.startsWith(k))).sort(
      (a, b) => b[0].length - a[0].length,
    )[0];
    if (!hit) continue;
    out.push({ kind: hit[1], from: i, to: i + hit[0].length });
    i += hit[0].length - 1;
  }
  return out;
}
