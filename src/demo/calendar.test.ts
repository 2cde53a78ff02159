import { describe, expect, it } from 'vitest';
import { dateText } from './calendar.ts';

describe('dateText', () => {
  it('writes a date in the four forms, the Russian month in the genitive', () => {
    expect(dateText('2020-10-01')).toEqual({
      'uz-Latn': '2020-yil 1-oktabr',
      'uz-Cyrl': '2020 йил 1 октябр',
      ru: '1 октября 2020 года',
      en: '1 October 2020',
    });
  });

  it('names every month as the demo notes have always written it', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      dateText(`2021-${String(i + 1).padStart(2, '0')}-15`),
    );
    expect(months.map((t) => t['uz-Latn'].slice('2021-yil 15-'.length)).join(' ')).toBe(
      'yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr',
    );
    expect(months.map((t) => t['uz-Cyrl'].split(' ')[3]).join(' ')).toBe(
      'январ феврал март апрел май июн июл август сентябр октябр ноябр декабр',
    );
    expect(months.map((t) => t.ru.split(' ')[1]).join(' ')).toBe(
      'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    );
    expect(months.map((t) => t.en.split(' ')[1]).join(' ')).toBe(
      'January February March April May June July August September October November December',
    );
  });
});
