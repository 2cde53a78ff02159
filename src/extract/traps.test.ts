import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { quoteHoldsValue } from '../text/numbers.ts';
import { figuresOf, fixture, proposalOf, proposalOfFile } from './test-helpers.ts';

const gold = JSON.parse(readFileSync(fixture('traps.gold.json'), 'utf8')) as {
  records: ReturnType<typeof figuresOf>;
  unfiled: string[];
};
const expected = gold.records.map((r) => ({ ...r, date: '2021-03-15' }));
const uz = readFileSync(fixture('traps.uz-Cyrl.txt'), 'utf8');
const ru = readFileSync(fixture('traps.ru.txt'), 'utf8');

describe('numbers that must not be misfiled', () => {
  for (const [name, text] of [
    ['Uzbek Cyrillic', uz],
    ['Russian', ru],
  ] as const) {
    describe(name, () => {
      const p = proposalOf(text);
      const unfiled = (re: RegExp) => p.unfiled.find((u) => re.test(u.raw));

      it('proposes the values a careful reader files, and no other', () => {
        expect(figuresOf(p)).toEqual(expected);
      });

      it('lists sums of money, people helped, jobs, seats, years, percentages, durations and phone numbers as unfiled, with why', () => {
        expect(unfiled(/^3 млрд 564 миллион/)?.reason).toBe('a sum of money');
        expect(unfiled(/^2 миллион/)?.reason).toBe('a sum of money');
        expect(unfiled(/^5 534$/)?.reason).toBe('people helped (an activity, not a metric)');
        expect(unfiled(/^350$/)?.reason).toBe('people employed (an activity, not a metric)');
        expect(unfiled(/^1 200$/)?.reason).toBe('jobs');
        expect(unfiled(/^915$/)?.reason).toBe('places or seats (a capacity)');
        expect(unfiled(/^2019$/)?.reason).toBe('a year');
        expect(unfiled(/^12,5/)?.reason).toMatch(/^a percentage/);
        expect(unfiled(/^5$/)?.reason).toBe('a length of time or an age');
        expect(unfiled(/^\+998/)?.reason).toBe('a phone number');
        expect(p.unfiled.filter((u) => u.reason.startsWith('an ordinal')).length).toBe(3);
      });

      it('keeps flows unsure, with the reason', () => {
        const unsure = (metric: string, value: number) =>
          p.records.find((_, i) => figuresOf(p)[i]!.metric === metric && figuresOf(p)[i]!.value === value)
            ?.unsure;
        expect(unsure('appeals_received', 37)).toMatch(/a flow of a period/);
        expect(unsure('schools', 2)).toMatch(/new, built or opened/);
        expect(unsure('iron_registered', 120)).toMatch(/at a stage/);
      });

      it('files nothing to an ambiguous, unknown or illustrative place', () => {
        const placeless = p.records.filter((r) => r.place === null);
        expect(placeless.map((r) => r.unsure)).toEqual([
          expect.stringMatching(/Намунаобод.* \(a mahalla\) is not in the dataset/),
          expect.stringMatching(/Мм?е[ҳх]рибон» is an illustrative place/),
          expect.stringMatching(
            /«Фарғонада» may name any of fa, fa\.fargona, fa\.fergana-city|«Фергане» may name any of fa, fa\.fergana-city/,
          ),
        ]);
      });

      it("never carries a private person's name into the proposal", () => {
        const json = JSON.stringify(p);
        expect(json).not.toMatch(/Намунаев|Намуна Нам|Намуны/);
        expect(p.unfiled.find((u) => /^2 миллион/.test(u.raw))?.sentence).toContain('[name left out]');
        expect(p.officials.map((o) => o.leads)).toEqual(['fa.quva.s1']);
      });

      it('quotes each value verbatim, and each quote holds its value', () => {
        for (const r of p.records) {
          const [, v] = Object.entries(r.values)[0]!;
          expect(text).toContain(r.provenance.quote);
          expect(
            quoteHoldsValue(r.provenance.quote, typeof v === 'number' ? v : v.value),
            r.provenance.quote,
          ).toBe(true);
        }
      });
    });
  }

  it('lists every other number of the Uzbek text as unfiled', () => {
    expect(proposalOf(uz).unfiled.map((u) => u.raw)).toEqual(gold.unfiled);
  });

  it('files every value to --place when it is given, but flows stay unsure', () => {
    const p = proposalOf(uz, { place: 'fa.quva.s2' });
    expect(p.records.every((r) => r.place === 'fa.quva.s2')).toBe(true);
    expect(p.records.filter((r) => /not in the dataset|illustrative|may name/.test(r.unsure ?? ''))).toEqual(
      [],
    );
    expect(
      p.records.filter((r) => /a flow of a period|new, built|at a stage/.test(r.unsure ?? '')),
    ).toHaveLength(3);
  });

  it('refuses --place for an illustrative mahalla or an unknown id', () => {
    expect(() => proposalOf(uz, { place: 'fa.quva.mehribon' })).toThrow(/illustrative place/);
    expect(() => proposalOf(uz, { place: 'fa.nowhere' })).toThrow(/no place has the id/);
  });

  it("tells a region's sector from a district's, and «Прокурор секторида» is sector 2", () => {
    const p = proposalOf(
      'Қува тумани ҳокимлиги хабари. Вилоят 3-сектор ҳудудида 7 та мактаб бор. Қува тумани прокурори Синов Синовов маълумот берди. Прокурор секторида 9 та мактаб бор.',
      { date: '2021-01-01' },
    );
    expect(figuresOf(p).map((f) => [f.place, f.value])).toEqual([
      ['fa.s3', 7],
      ['fa.quva.s2', 9],
    ]);
  });

  it('gives a rounded number without a qualifier word as approximately', () => {
    const p = proposalOf('Қува тумани 1-сектор ҳудудида 1,4 минг нафар аҳоли яшайди.', {
      date: '2021-01-01',
    });
    expect(p.records[0]?.values).toEqual({ population: { value: 1400, qualifier: 'approximately' } });
  });
});

describe('a saved news page', () => {
  const p = proposalOfFile(fixture('page.uz-Latn.html'));

  it("reads the article's text only: nothing from scripts, styles, frames, forms, menus or the footer", () => {
    expect(figuresOf(p)).toEqual([
      {
        place: 'fa.quva.s3',
        date: '2021-04-01',
        metric: 'mahallas',
        value: 24,
        qualifier: 'exact',
        unsure: false,
      },
      {
        place: 'fa.quva.s3',
        date: '2021-04-01',
        metric: 'population',
        value: 95000,
        qualifier: 'approximately',
        unsure: false,
      },
      {
        place: 'fa.quva.s3',
        date: '2021-04-01',
        metric: 'iron_registered',
        value: 1250,
        qualifier: 'exact',
        unsure: false,
      },
      {
        place: 'fa.quva.s3',
        date: '2021-04-01',
        metric: 'iron_lifted',
        value: 940,
        qualifier: 'exact',
        unsure: false,
      },
    ]);
    expect(JSON.stringify(p)).not.toMatch(/999|777|555|888|444|333|222|evil|alert|000-00-00/);
  });

  it('drafts its source from the page: title, publisher, date, and the URL of its canonical link', () => {
    expect(p.source).toEqual({
      status: 'draft',
      entry: {
        id: 'quva-tumani-hokimligi-2021-04-01',
        publisher: { 'uz-Latn': 'Quva tumani hokimligi' },
        title: 'Quva tumani 3-sektorida ishlar tahlil qilindi',
        language: 'uz-Latn',
        kind: 'press-release',
        date: '2021-04-01',
        url: 'https://quva.example.uz/news/123',
      },
    });
  });

  it('takes no URL from a canonical link that is not http(s), and keeps markup in text as text', () => {
    const h = proposalOfFile(fixture('page-hostile.html'));
    expect(h.source.entry.url).toBeUndefined();
    expect(h.source.entry.title).toBe('<script>alert(1)</script> 16 ta maktab');
    expect(figuresOf(h).find((f) => f.place === 'fa.ozbekiston.s2')).toMatchObject({
      metric: 'schools',
      value: 16,
    });
  });
});
