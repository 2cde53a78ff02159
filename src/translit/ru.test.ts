import { describe, it, expect } from 'vitest';
import { russianToUzLatinKey, uzCyrlToRussian } from './ru.ts';

describe('uzCyrlToRussian', () => {
  it('maps Uzbek-only letters to Russian ones', () => {
    expect(uzCyrlToRussian('Қўштепа')).toBe('Куштепа');
    expect(uzCyrlToRussian('Фарғона шаҳри')).toBe('Фаргона шахри');
  });

  it('maps capitals', () => {
    expect(uzCyrlToRussian('ЎҚҒҲ ўқғҳ')).toBe('УКГХ укгх');
  });

  it('leaves everything else unchanged', () => {
    expect(uzCyrlToRussian('«Ёшлар» 12-уй, Sector')).toBe('«Ёшлар» 12-уй, Sector');
  });
});

describe('russianToUzLatinKey', () => {
  it('romanises Russian names', () => {
    expect(russianToUzLatinKey('Кайнар')).toBe('kaynar');
    expect(russianToUzLatinKey('Ферганский')).toBe('ferganskiy');
    expect(russianToUzLatinKey('Хорезмская область')).toBe('xorezmskaya oblast');
    expect(russianToUzLatinKey('Щучье')).toBe('shchuchye');
    expect(russianToUzLatinKey('Цех')).toBe('tsex');
  });

  it('iotates е at word start and after vowels', () => {
    expect(russianToUzLatinKey('Ермак')).toBe('yermak');
    expect(russianToUzLatinKey('поезд')).toBe('poyezd');
    expect(russianToUzLatinKey('Янгиер')).toBe('yangiyer');
  });

  it('produces lower-case ASCII without apostrophes', () => {
    const key = russianToUzLatinKey("«Ўзбекистон» O'zbek Café  12");
    expect(key).toBe('ozbekiston ozbek cafe 12');
    expect(key).toMatch(/^[\x20-\x7E]*$/);
  });
});
