import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { cyrillicToLatin } from '../translit/uz.ts';
import { quoteHoldsValue } from '../text/numbers.ts';
import { keyOf } from './tokens.ts';
import { SEED, demo, figuresOf, fixture, peopleOf, proposalOf } from './test-helpers.ts';

const seed = readFileSync(SEED, 'utf8');
const S2 = 'fa.ozbekiston.s2';
const fact = (metric: string, value: number, qualifier = 'exact') => ({
  place: S2,
  date: '2020-12-02',
  metric,
  value,
  qualifier,
  unsure: false,
});
/** The figures of ../shared/seed/facts.md, in the order the release gives them. */
const FACTS = [
  fact('mahallas', 18),
  fact('population', 62000, 'at-least'),
  fact('iron_registered', 831),
  fact('iron_lifted', 660),
  fact('schools', 16),
  fact('preschools', 16),
  fact('health_facilities', 5),
];

describe('the seed press release', () => {
  const p = proposalOf(seed);

  it('files under sector 2 of Oʻzbekiston district, which places.json has', () => {
    const s2 = demo().placeById.get(S2);
    expect(s2?.kind === 'sector' && s2.parent === 'fa.ozbekiston' && s2.number === 2).toBe(true);
  });

  it('gives exactly the seven figures of facts.md, dated 2020-12-02, none of them unsure', () => {
    expect(figuresOf(p)).toEqual(FACTS);
  });

  it('quotes each figure verbatim, and each quote holds its value', () => {
    for (const r of p.records) {
      const [, v] = Object.entries(r.values)[0]!;
      expect(seed).toContain(r.provenance.quote);
      expect(
        quoteHoldsValue(r.provenance.quote, typeof v === 'number' ? v : v.value),
        r.provenance.quote,
      ).toBe(true);
    }
    expect(p.records.map((r) => r.provenance.quote)).toEqual([
      '18 та маҳалла фуқаролар йиғини',
      '62 мингдан ортиқ аҳоли истиқомат қиласди',
      'Темир дафттар”га 831 та оила рўйхатга олиниб',
      'уларнинг 660 таси камбағалликдан чиқарилди',
      '16 та мактаб',
      '16 та мактабгача таълим ташкилоти',
      '5 та соғлиқни сақлаш муассасаси',
    ]);
  });

  it('matches its source to the existing fergana-hokimiyat-2020-12-02 although its title is in capitals', () => {
    expect(p.source.status).toBe('existing');
    expect(p.records.every((r) => r.provenance.source === 'fergana-hokimiyat-2020-12-02')).toBe(true);
    expect(p.language).toBe('uz-Cyrl');
  });

  it('finds the sector leader and the Telegram channel, each with its quote', () => {
    expect(p.officials).toContainEqual({
      name: 'Мирвоҳид Отабоев',
      position: 'Ўзбекистон тумани прокурори, 2-сектор раҳбари',
      place: 'fa.ozbekiston',
      leads: S2,
      quote: 'Ўзбекистон тумани прокурори, 2-сектор раҳбари Мирвоҳид Отабоев',
    });
    expect(p.officials).toContainEqual({
      name: 'Хайрулло Бозаров',
      position: 'вилоят ҳокими',
      place: 'fa',
      leads: 'fa.s1',
      quote: 'вилоят ҳокими Хайрулло Бозаров',
    });
    expect(p.channels).toEqual([
      { kind: 'telegram', place: S2, quote: 'телеграм канал ҳам ишга туширилган' },
    ]);
  });

  it('files no other figure: the three "2-сектор" and the date line are unfiled, each with its sentence', () => {
    expect(p.unfiled.map((u) => u.raw)).toEqual(['2-сектор', '2-сектор', '2-сектор', '2020-12-02 16:24:57']);
    expect(p.unfiled[2]!.sentence).toMatch(/^Шунингдек, 2-сектор ҳудудида 16 та мактаб/);
  });

  it("reads the misspelt «дафттар» as the catalogue's «дафтар» by folding doubled letters, not by a special case", () => {
    expect(keyOf('“Темир дафттар”га')).toBe(keyOf('Темир дафтарга'));
    const typo = proposalOf('Ўзбекистон тумани 2-сектор ҳудудида «Темир дафттар»га 12 та оила киритилди.', {
      date: '2021-01-01',
    });
    expect(figuresOf(typo).map((f) => [f.metric, f.value])).toEqual([['iron_registered', 12]]);
  });
});

describe('the same release in other scripts and languages', () => {
  const base = proposalOf(seed);

  it('transliterated to Uzbek Latin, gives the same proposal', () => {
    const latin = proposalOf(cyrillicToLatin(seed));
    expect(latin.language).toBe('uz-Latn');
    expect(figuresOf(latin)).toEqual(figuresOf(base));
    expect(latin.source.entry.id).toBe(base.source.entry.id);
    expect(peopleOf(latin)).toEqual(peopleOf(base));
    expect(latin.unfiled.map((u) => u.reason)).toEqual(base.unfiled.map((u) => u.reason));
    for (const r of latin.records) expect(cyrillicToLatin(seed)).toContain(r.provenance.quote);
  });

  it('rendered in Russian, gives the same proposal', () => {
    const text = readFileSync(fixture('press-release-2020-12-02.ru.txt'), 'utf8');
    const ru = proposalOf(text);
    expect(ru.language).toBe('ru');
    expect(figuresOf(ru)).toEqual(figuresOf(base));
    expect(ru.source.entry.id).toBe(base.source.entry.id);
    expect(peopleOf(ru)).toEqual(peopleOf(base));
    expect(ru.officials.find((o) => o.leads === S2)?.quote).toBe(
      'прокурор Узбекистанского района, руководитель 2-го сектора Мирвохид Отабоев',
    );
    for (const r of ru.records) expect(text).toContain(r.provenance.quote);
  });
});
