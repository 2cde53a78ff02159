import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { cyrillicToLatin, fillNames, latinToCyrillic } from './uz.ts';

// ---------------------------------------------------------------- reference data

/** Minimal RFC 4180 reader: quoted fields, "" escapes, commas inside quotes. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header = [], ...body] = rows.filter((r) => r.some((f) => f !== ''));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function readReference(file: string): Record<string, string | undefined>[] {
  return parseCsv(readFileSync(new URL(`../../../shared/reference/${file}`, import.meta.url), 'utf8'));
}

interface Pair {
  source: string;
  latn: string;
  cyrl: string;
}

const pairs: Pair[] = [
  ...readReference('fergana-districts.csv').map((r) => ({
    source: 'fergana-districts',
    latn: r.name_uz_latn ?? '',
    cyrl: r.name_uz_cyrl ?? '',
  })),
  ...readReference('regions.csv').map((r) => ({
    source: 'regions',
    latn: r.name_uz_latn ?? '',
    cyrl: r.name_uz_cyrl ?? '',
  })),
  ...readReference('glossary.csv').map((r) => ({
    source: 'glossary',
    latn: r.uz_latn ?? '',
    cyrl: r.uz_cyrl ?? '',
  })),
];

describe('parseCsv (test helper)', () => {
  it('reads quoted fields with commas', () => {
    expect(parseCsv('a,b\n"x, y",""""\n')).toEqual([{ a: 'x, y', b: '"' }]);
  });

  it('loads every reference file', () => {
    expect(pairs.length).toBe(19 + 14 + 30);
    for (const p of pairs) {
      expect(p.latn, p.source).not.toBe('');
      expect(p.cyrl, p.source).not.toBe('');
    }
  });
});

describe('latinToCyrillic', () => {
  it.each(pairs)('$source: $latn → $cyrl', ({ latn, cyrl }) => {
    expect(latinToCyrillic(latn)).toBe(cyrl);
  });

  it('converts the core letters', () => {
    expect(latinToCyrillic('Yozyovon')).toBe('Ёзёвон');
    expect(latinToCyrillic('Qoʻshtepa')).toBe('Қўштепа');
    expect(latinToCyrillic('Oʻzbekiston')).toBe('Ўзбекистон');
    expect(latinToCyrillic('Qaynar')).toBe('Қайнар');
    expect(latinToCyrillic('Yoshlar daftari')).toBe('Ёшлар дафтари');
    expect(latinToCyrillic('Temir daftar')).toBe('Темир дафтар');
    expect(latinToCyrillic('Shahrixon')).toBe('Шаҳрихон');
  });

  it('accepts any typed apostrophe', () => {
    for (const typed of ["O'zbekiston", 'O‘zbekiston', 'Oʼzbekiston', 'O’zbekiston', 'O`zbekiston']) {
      expect(latinToCyrillic(typed)).toBe('Ўзбекистон');
    }
    expect(latinToCyrillic("Farg'ona")).toBe('Фарғона');
  });

  it('writes ʼ as ъ and keeps sʼh apart from sh', () => {
    expect(latinToCyrillic('maʼmuriy')).toBe('маъмурий');
    expect(latinToCyrillic("ma'muriy")).toBe('маъмурий');
    expect(latinToCyrillic('Isʼhoq')).toBe('Исҳоқ');
    expect(latinToCyrillic('Ishoq')).toBe('Ишоқ');
  });

  it('handles e/ye at word start, after vowels and after consonants', () => {
    expect(latinToCyrillic('Yer')).toBe('Ер');
    expect(latinToCyrillic('eʼlon')).toBe('эълон');
    expect(latinToCyrillic('Yangiyer')).toBe('Янгиер');
    expect(latinToCyrillic('aeroport')).toBe('аэропорт');
    expect(latinToCyrillic('obyekt')).toBe('объект');
  });

  it('handles yo/yu/ya and yoʻ', () => {
    expect(latinToCyrillic('yoʻl')).toBe('йўл');
    expect(latinToCyrillic('Yunusobod')).toBe('Юнусобод');
    expect(latinToCyrillic('Ayollar')).toBe('Аёллар');
  });

  it('writes ng as н+г', () => {
    expect(latinToCyrillic('Namangan')).toBe('Наманган');
    expect(latinToCyrillic('Dangʻara')).toBe('Данғара');
  });

  it('uses ц only for loanword ts', () => {
    expect(latinToCyrillic('Tsex')).toBe('Цех');
    expect(latinToCyrillic('politsiya')).toBe('полиция');
    expect(latinToCyrillic('aksiya')).toBe('акция');
    expect(latinToCyrillic('ketsa')).toBe('кетса');
  });

  it('handles ALL CAPS and Title Case', () => {
    expect(latinToCyrillic('OʻZBEKISTON')).toBe('ЎЗБЕКИСТОН');
    expect(latinToCyrillic("O'ZBEKISTON")).toBe('ЎЗБЕКИСТОН');
    expect(latinToCyrillic('SHAHRIXON')).toBe('ШАҲРИХОН');
    expect(latinToCyrillic('Choʻst')).toBe('Чўст');
  });

  it('passes digits, punctuation and quotes through', () => {
    expect(latinToCyrillic('«Qaynar» MFY, 12-uy (2024)!')).toBe('«Қайнар» МФЙ, 12-уй (2024)!');
    expect(latinToCyrillic("'Qaynar'")).toBe("'Қайнар'");
    expect(latinToCyrillic('')).toBe('');
  });
});

describe('cyrillicToLatin', () => {
  it.each(pairs)('$source: $cyrl → $latn', ({ latn, cyrl }) => {
    expect(cyrillicToLatin(cyrl)).toBe(latn);
  });

  it('converts the core letters', () => {
    expect(cyrillicToLatin('Ёзёвон')).toBe('Yozyovon');
    expect(cyrillicToLatin('Қўштепа')).toBe('Qo\u02BBshtepa');
    expect(cyrillicToLatin('Ўзбекистон')).toBe('O\u02BBzbekiston');
    expect(cyrillicToLatin('Қайнар')).toBe('Qaynar');
    expect(cyrillicToLatin('Ёшлар дафтари')).toBe('Yoshlar daftari');
    expect(cyrillicToLatin('Темир дафтар')).toBe('Temir daftar');
  });

  it('iotates е at word start and after vowels or signs', () => {
    expect(cyrillicToLatin('Ер')).toBe('Yer');
    expect(cyrillicToLatin('Янгиер')).toBe('Yangiyer');
    expect(cyrillicToLatin('объект')).toBe('obyekt');
    expect(cyrillicToLatin('Бешариқ')).toBe('Beshariq');
  });

  it('writes ъ as ʼ (U+02BC) and drops ь', () => {
    expect(cyrillicToLatin('маъмурий')).toBe('ma\u02BCmuriy');
    expect(cyrillicToLatin('Исҳоқ')).toBe('Is\u02BChoq');
    expect(cyrillicToLatin('мўъжиза')).toBe('mo\u02BBjiza');
    expect(cyrillicToLatin('Кашкадарья')).toBe('Kashkadarya');
  });

  it('writes ц as ts, or s after a consonant', () => {
    expect(cyrillicToLatin('Цех')).toBe('Tsex');
    expect(cyrillicToLatin('полиция')).toBe('politsiya');
    expect(cyrillicToLatin('инспекция')).toBe('inspeksiya');
  });

  it('maps the remaining letters', () => {
    expect(cyrillicToLatin('эх жой ҳа хат ы щ')).toBe('ex joy ha xat i shch');
    expect(cyrillicToLatin('Наманган')).toBe('Namangan');
  });

  it('handles ALL CAPS and Title Case', () => {
    expect(cyrillicToLatin('ЎЗБЕКИСТОН')).toBe('O\u02BBZBEKISTON');
    expect(cyrillicToLatin('Шаҳрихон')).toBe('Shahrixon');
    expect(cyrillicToLatin('ШАҲРИХОН')).toBe('SHAHRIXON');
    expect(cyrillicToLatin('ЁШЛАР ЧЎСТ')).toBe('YOSHLAR CHO\u02BBST');
    expect(cyrillicToLatin('Ш')).toBe('Sh');
    expect(cyrillicToLatin('МФЙ')).toBe('MFY');
  });

  it('passes digits, punctuation and quotes through', () => {
    expect(cyrillicToLatin('«Қайнар» МФЙ, 12-уй (2024)!')).toBe('«Qaynar» MFY, 12-uy (2024)!');
    expect(cyrillicToLatin("'Қайнар' — 5 та")).toBe("'Qaynar' — 5 ta");
  });

  it('copes with decomposed input', () => {
    expect(cyrillicToLatin('Қайнар'.normalize('NFD'))).toBe('Qaynar');
  });
});

describe('fillNames', () => {
  it('fills Cyrillic, Russian and English from Latin and flags them', () => {
    const r = fillNames({ 'uz-Latn': "Qo'shtepa" });
    expect(r.names).toEqual({ 'uz-Latn': 'Qoʻshtepa', 'uz-Cyrl': 'Қўштепа', ru: 'Куштепа', en: 'Qoshtepa' });
    expect(r.transliterated).toEqual(['uz-Cyrl', 'ru', 'en']);
  });

  it('fills Latin from Cyrillic', () => {
    const r = fillNames({ 'uz-Cyrl': 'Ёзёвон', ru: 'Язъяван' });
    expect(r.names).toEqual({ 'uz-Latn': 'Yozyovon', 'uz-Cyrl': 'Ёзёвон', ru: 'Язъяван', en: 'Yozyovon' });
    expect(r.transliterated).toEqual(['uz-Latn', 'en']);
  });

  it('keeps given forms and flags nothing when all are present', () => {
    const input = { 'uz-Latn': 'Fargʻona', 'uz-Cyrl': 'Фарғона', ru: 'Фергана', en: 'Fergana' };
    expect(fillNames(input)).toEqual({ names: input, transliterated: [] });
  });

  it('treats blank strings as missing', () => {
    const r = fillNames({ 'uz-Latn': 'Qaynar', 'uz-Cyrl': '  ', en: '' });
    expect(r.names['uz-Cyrl']).toBe('Қайнар');
    expect(r.transliterated).toEqual(['uz-Cyrl', 'ru', 'en']);
  });

  it('throws TypeError without an Uzbek form', () => {
    expect(() => fillNames({ ru: 'Кайнар', en: 'Qaynar' })).toThrow(TypeError);
    expect(() => fillNames({})).toThrow(TypeError);
  });
});
