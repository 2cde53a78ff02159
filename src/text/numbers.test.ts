import { describe, it, expect } from 'vitest';
import { readNumbers, readQuantities, quoteHoldsValue, type ReadNumber } from './numbers.ts';

/** The numbers of a text as `raw → value (kind)`, for readable expectations. */
const read = (text: string) => readNumbers(text).map((n) => [n.raw, n.value, n.kind]);
const one = (text: string): ReadNumber => {
  const all = readNumbers(text);
  expect(all, text).toHaveLength(1);
  return all[0]!;
};

describe('readNumbers: digits', () => {
  it('reads plain digits and their place in the text', () => {
    const text = 'уларнинг 660 таси';
    expect(readNumbers(text)).toEqual([
      { value: 660, start: 9, end: 12, raw: '660', rounded: false, ordinal: false, kind: 'number' },
    ]);
    expect(text.slice(9, 12)).toBe('660');
  });
  it('reads thousands grouped by spaces, no-break spaces, commas and points', () => {
    for (const t of ['62 000', '62\u00A0000', '62\u202F000', '62,000', '62.000'])
      expect(one(`жами ${t} аҳоли`).value, t).toBe(62000);
    expect(one('5 534 улучшили условия жизни').value).toBe(5534);
    expect(one('1 234 567 so‘m').value).toBe(1234567);
    expect(one('1,234,567 people').value).toBe(1234567);
  });
  it('reads a decimal comma or point', () => {
    expect(one('79,4 фоиз').value).toBe(79.4);
    expect(one('ratio 2.5 times').value).toBe(2.5);
  });
  it('matches whole numbers only: 660 is not inside 6600, nor 16 inside 160', () => {
    expect(readNumbers('6600 та оила').map((n) => n.value)).toEqual([6600]);
    expect(readNumbers('160 та, 16 та').map((n) => n.value)).toEqual([160, 16]);
  });
  it('keeps apart numbers separated by a comma and space, or by words', () => {
    expect(
      readNumbers('16 та мактаб, 16 та мактабгача таълим ташкилоти, 5 та соғлиқни сақлаш').map(
        (n) => n.value,
      ),
    ).toEqual([16, 16, 5]);
  });
});

describe('readNumbers: words for thousands, millions and billions', () => {
  it('reads "62 минг" and its case forms in Uzbek Cyrillic and Latin, Russian and English', () => {
    for (const t of [
      '62 минг',
      '62 мингдан',
      '62 мингга',
      '62 ming',
      '62 mingdan',
      '62 тысячи',
      '62 тыс.',
      '62 thousand',
      '62минг',
    ])
      expect(one(`${t} аҳоли`).value, t).toBe(62000);
  });
  it('says a number written down to its scale word is rounded, and one with units is not', () => {
    expect(one('62 мингдан ортиқ').rounded).toBe(true);
    expect(one('1,4 тысячи').rounded).toBe(true);
    const exact = one('13 минг 661 нафар');
    expect([exact.value, exact.rounded, exact.raw]).toEqual([13661, false, '13 минг 661']);
    expect(one('831 та').rounded).toBe(false);
  });
  it('reads decimal mantissas exactly', () => {
    expect(one('13,5 мингдан ортиқ').value).toBe(13500);
    expect(one('1,2 млн').value).toBe(1_200_000);
    expect(one('1.4 million').value).toBe(1_400_000);
    expect(one('0,3 млрд').value).toBe(300_000_000);
    expect(one('1,234 млн').value).toBe(1_234_000);
  });
  it('adds smaller parts after a bare scale word: "3 млрд 564 миллионов", "13 минг 661"', () => {
    const n = one('3 млрд 564 миллионов сўм');
    expect([n.value, n.raw, n.rounded]).toEqual([3_564_000_000, '3 млрд 564 миллионов', true]);
    expect(one('1 миллион 200 тысяч').value).toBe(1_200_000);
    expect(one('2 mlrd 15 mln soʻm').value).toBe(2_015_000_000);
  });
  it('gives the first number of a range the scale of the second: "10–15 минг"', () => {
    expect(readNumbers('10–15 минг киши').map((n) => [n.raw, n.value, n.rounded])).toEqual([
      ['10', 10000, true],
      ['15 минг', 15000, true],
    ]);
    expect(readNumbers('5-6 та').map((n) => n.value)).toEqual([5, 6]);
  });
  it('reads "полтора тысячи" as 1500, rounded', () => {
    expect([one('полтора тысячи').value, one('полтора тысячи').rounded]).toEqual([1500, true]);
  });
  it('ends the number at an Uzbek case ending: "62 мингдан 831" is two numbers', () => {
    expect(readNumbers('62 мингдан 831 та').map((n) => n.value)).toEqual([62000, 831]);
  });
  it('does not add a larger or equal part: "5 минг 5 минг" is two numbers', () => {
    expect(readNumbers('5 минг 5 минг').map((n) => n.value)).toEqual([5000, 5000]);
  });
});

describe('readNumbers: numbers in words', () => {
  it('reads Russian number words in any case, with scale words', () => {
    expect(one('более семи тысяч семей').value).toBe(7000);
    expect(one('двадцать пять тысяч').value).toBe(25000);
    expect(one('семь тысяч двести').value).toBe(7200);
    expect(one('около двухсот пятидесяти семей').value).toBe(250);
    expect(one('сто двадцать').value).toBe(120);
  });
  it('reads Uzbek number words only with a counter or a scale word (бир, уч, юз are other words too)', () => {
    expect(one('беш нафар').value).toBe(5);
    expect(one('бешта мактаб').value).toBe(5);
    expect(one('ikkita maktab').value).toBe(2);
    expect(one('икки юз эллик минг').value).toBe(250_000);
    expect(one('toʻrt ming').value).toBe(4000);
    expect(one("to'rt ming").value).toBe(4000);
    expect(readNumbers('ҳар бир ҳолатни, бир сўз билан айтганда, муаммо юз берди, уч кун')).toEqual([]);
  });
  it('reads English number words, but not a lone "one"', () => {
    expect(one('twenty-five thousand residents').value).toBe(25000);
    expect(one('seven schools').value).toBe(7);
    expect(readNumbers('one of the schools')).toEqual([]);
  });
});

describe('readNumbers: what is not a quantity', () => {
  it('flags ordinals: "2-сектор", "2-sektor", "4-bosqich", "3rd"', () => {
    for (const t of ['2-сектор', '2-sektor', '4-bosqichda', '2-й сектор', '3rd stage']) {
      const n = one(t);
      expect([n.kind, n.ordinal], t).toEqual(['ordinal', true]);
    }
    expect(one('вилоят 2-сектор штаби').raw).toBe('2-сектор');
  });
  it('keeps Russian cardinal endings after a hyphen: "в 2-х школах"', () => {
    expect(one('в 2-х школах').kind).toBe('number');
  });
  it('flags years, dates and times', () => {
    expect(read('2020 йилда')).toEqual([['2020', 2020, 'year']]);
    expect(read('2020-yilda')).toEqual([['2020-yilda', 2020, 'year']]);
    expect(read('в 2019–2020 годах')).toEqual([
      ['2019', 2019, 'year'],
      ['2020', 2020, 'year'],
    ]);
    expect(read('2020-12-02 16:24:57').map((r) => r[2])).toEqual(['date']);
    expect(read('02.12.2020 йил').map((r) => r[2])).toEqual(['date']);
    expect(read('2 декабря, 2-декабрда, 2 dekabr, December 2').map((r) => r[2])).toEqual([
      'date',
      'date',
      'date',
      'date',
    ]);
    expect(read('соат 10:30 да').map((r) => r[2])).toEqual(['time']);
  });
  it('reads phone numbers as one piece, never as counts', () => {
    for (const t of [
      '+998 73 244-12-34',
      '+998 (73) 244 12 34',
      '(73) 244-12-34',
      '73 244 12 34',
      '244-12-34',
      'ишонч телефони 1008',
      'tel: 71 2391234',
    ]) {
      const all = readNumbers(`Мурожаат учун: ${t}.`);
      expect(
        all.map((n) => n.kind),
        t,
      ).toEqual(['phone']);
    }
  });
  it('flags percentages and labels such as decree numbers', () => {
    expect(read('79,4 фоизи')).toEqual([['79,4 фоизи', 79.4, 'percent']]);
    expect(read('15 %')).toEqual([['15 %', 15, 'percent']]);
    expect(read('ПФ-5635-сон Фармон').map((r) => r[2])).toEqual(['label']);
    expect(read('мактаб № 5').map((r) => r[2])).toEqual(['label']);
  });
  it('reads nothing in a text without numbers', () => {
    expect(readNumbers('Тажриба ва фикрлар алмашилди')).toEqual([]);
    expect(readNumbers('')).toEqual([]);
  });
});

describe('readNumbers: the seed press release', () => {
  const sentence =
    'Прокурор секторида 18 та маҳалла фуқаролар йиғини бўлиб, 62 мингдан ортиқ аҳоли истиқомат қиласди. “Темир дафттар”га 831 та оила рўйхатга олиниб, ҳозирда уларнинг 660 таси камбағалликдан чиқарилди. Шунингдек, 2-сектор ҳудудида 16 та мактаб, 16 та мактабгача таълим ташкилоти, 5 та соғлиқни сақлаш муассасаси ҳам фаолият кўрсатмоқда.';
  it('finds its seven figures and the ordinal, in order', () => {
    expect(read(sentence)).toEqual([
      ['18', 18, 'number'],
      ['62 мингдан', 62000, 'number'],
      ['831', 831, 'number'],
      ['660', 660, 'number'],
      ['2-сектор', 2, 'ordinal'],
      ['16', 16, 'number'],
      ['16', 16, 'number'],
      ['5', 5, 'number'],
    ]);
    expect(readQuantities(sentence).map((n) => n.value)).toEqual([18, 62000, 831, 660, 16, 16, 5]);
  });
});

describe('quoteHoldsValue', () => {
  it('finds the value in its quote', () => {
    expect(quoteHoldsValue('уларнинг 660 таси камбағалликдан чиқарилди', 660)).toBe(true);
    expect(quoteHoldsValue('831 та оила рўйхатга олиниб', 831)).toBe(true);
  });
  it('refuses a value the quote does not hold', () => {
    expect(quoteHoldsValue('уларнинг 660 таси…', 900)).toBe(false);
    expect(quoteHoldsValue('6600 та оила', 660)).toBe(false);
    expect(quoteHoldsValue('660 та оила', 6600)).toBe(false);
    expect(quoteHoldsValue('', 0)).toBe(false);
  });
  it('reads spaces, separators and the words for thousands and millions', () => {
    expect(quoteHoldsValue('62 мингдан ортиқ аҳоли', 62000)).toBe(true);
    expect(quoteHoldsValue('62 мингдан ортиқ аҳоли', 62)).toBe(false);
    expect(quoteHoldsValue('более 62 тысяч жителей', 62000)).toBe(true);
    expect(quoteHoldsValue('62 ming nafar', 62000)).toBe(true);
    expect(quoteHoldsValue('over 62 thousand residents', 62000)).toBe(true);
    expect(quoteHoldsValue('62 000 residents', 62000)).toBe(true);
    expect(quoteHoldsValue('62,000 residents', 62000)).toBe(true);
    expect(quoteHoldsValue('1,2 миллион', 1_200_000)).toBe(true);
    expect(quoteHoldsValue('2 million', 2_000_000)).toBe(true);
    expect(quoteHoldsValue('13 минг 661', 13661)).toBe(true);
    expect(quoteHoldsValue('13 минг 661', 13000)).toBe(false);
  });
  it('does not take an ordinal, year, date, phone number or percentage for the value', () => {
    expect(quoteHoldsValue('2-сектор раҳбари', 2)).toBe(false);
    expect(quoteHoldsValue('2020 йилда', 2020)).toBe(false);
    expect(quoteHoldsValue('79,4 фоиз', 79.4)).toBe(false);
    expect(quoteHoldsValue('тел. 244-12-34', 2441234)).toBe(false);
  });
});
