import { describe, it, expect } from 'vitest';
import { siteData } from '../site/data.ts';
import { formatFigure } from '../i18n/format.ts';
import { latest } from '../derive/figure.ts';
import { HOME_CARD, homeCardText, homeImage, ogCardText, ogImage } from './og.ts';
import { ogPngUrl } from '../site/routes.ts';

const data = siteData();
const shown = (placeId: string, metric: string, locale: 'uz' | 'en' | 'ru' | 'uz-Cyrl') =>
  formatFigure(locale, latest(data.figuresOf(placeId).get(metric))!, data.ds.metricById.get(metric)!);

describe('ogCardText', () => {
  it('gives sector 2 its sourced headline figure as the page writes it, with the source and no illustrative mark', () => {
    const card = ogCardText(data, 'fa.ozbekiston.s2', 'uz');
    expect(card.title).toBe('2-sektor, Oʻzbekiston tumani');
    expect(card.context).toBe('Fargʻona viloyati');
    expect(card.big).toBe(shown('fa.ozbekiston.s2', 'iron_lifted_share', 'uz'));
    expect(card.figure).toBe('“Temir daftar”dagi 831 oiladan 660 tasi kambagʻallikdan chiqarildi');
    expect(card.date).toBe('2-dekabr, 2020 holatiga koʻra');
    expect(card.illustrative).toBeUndefined();
    expect(card.source).toBe('Manba: Fargʻona viloyati hokimligi');
  });

  it('marks the region’s generated figures as illustrative, in Cyrillic for uz-Cyrl', () => {
    const card = ogCardText(data, 'fa', 'uz-Cyrl');
    expect(card.title).toBe('Фарғона вилояти');
    expect(card.context).toBeUndefined();
    expect(card.figure).toContain(shown('fa', 'iron_registered', 'uz-Cyrl'));
    expect(card.illustrative).toBe('Намойиш учун яратилган кўрсаткичлар, ҳақиқий эмас');
  });
});

describe('ogImage', () => {
  it("gives region, district and sector pages an absolute 1200×630 PNG with alt text, and mahallas their sector's", () => {
    const image = ogImage(data, 'fa.ozbekiston', 'en')!;
    expect(image.url).toMatch(/^https?:\/\/[^/]+\/og\/en\/fa\.ozbekiston\.png$/);
    expect(image.url.endsWith(ogPngUrl('en', 'fa.ozbekiston'))).toBe(true);
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(image.alt).toMatch(
      /^Oʻzbekiston District: .*Iron Notebook families lifted out of poverty\. Figures as of December 2, 2020\. Illustrative/,
    );
    const mahalla = data.ds.places.find((p) => p.kind === 'mahalla')!;
    expect(
      ogImage(data, mahalla.id, 'en').url.endsWith(ogPngUrl('en', data.tree.sectorOf(mahalla.id)!.id)),
    ).toBe(true);
  });

  it('gives a place without figures, and the home page, the national card with its coverage', () => {
    const image = ogImage(data, 'sa.samarkand-city', 'en');
    expect(image.url.endsWith(ogPngUrl('en', HOME_CARD))).toBe(true);
    expect(image).toEqual(homeImage(data, 'en'));
    const card = homeCardText(data, 'en');
    expect(card.title).toBe('Uzbekistan');
    expect(card.figure).toBe('1 of 206 districts and cities have sourced figures');
    expect(card.illustrative).toBe('Illustrative figures: generated for the demonstration, not real');
    expect(image.alt).toContain('1 of 206 districts and cities have sourced figures');
  });
});
