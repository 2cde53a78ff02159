import { describe, it, expect } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { cardAlt, cardSvg, type CardText } from './card.ts';
import { renderOptions, renderPng } from './render.ts';
import { pngSize } from './png-size.ts';
import { textWidth } from './text-wrap.ts';

const CARD: CardText = {
  lang: 'en',
  site: 'Ochiq Sektor',
  tagline: 'Open figures of the sector system of Uzbekistan',
  context: 'Fergana Region',
  title: 'Sector 2, Oʻzbekiston District',
  big: '79.4%',
  figure: '660 of 831 Iron Notebook families lifted out of poverty',
  date: 'Figures as of December 2, 2020',
  source: 'Source: Fergana Regional Administration (hokimiyat)',
};

const HOSTILE = '<script>alert(1)</script> & "x" \' <svg onload=alert(3)> ]]> <!-- \u202egnp.exe';

/** The right-most column (px) with ink between two rows of a card drawn 1200 px wide. */
function inkRight(svg: string, top: number, bottom: number): number {
  const { width, pixels } = new Resvg(svg, renderOptions(1200)).render();
  let right = -1;
  for (let y = top; y < bottom; y++)
    for (let x = right + 1; x < width; x++) if (pixels[(y * width + x) * 4]! < 200) right = x;
  return right;
}

/** The texts a card draws, unescaped. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );

describe('cardSvg', () => {
  it('is a 1200×630 SVG that says the place, the figure, the date and the site', () => {
    const svg = cardSvg(CARD);
    const r = new Resvg(svg, renderOptions(1200));
    expect([r.width, r.height]).toEqual([1200, 630]);
    expect(texts(svg)).toEqual(
      expect.arrayContaining([
        'Ochiq Sektor',
        'Fergana Region',
        'Sector 2, Oʻzbekiston District',
        '79.4%',
        'Figures as of December 2, 2020',
        'Source: Fergana Regional Administration (hokimiyat)',
      ]),
    );
  });

  it('shows the hatched illustrative mark only when the figure is illustrative', () => {
    expect(cardSvg(CARD)).not.toContain('url(#hatch)');
    const svg = cardSvg({
      ...CARD,
      source: undefined,
      illustrative: 'Illustrative figures: generated for the demonstration, not real',
    });
    expect(svg).toContain('fill="url(#hatch)"');
    expect(texts(svg)).toContain('Illustrative figures: generated for the demonstration, not real');
  });

  it('escapes hostile strings in every field, so they are drawn as text and the XML stays valid', () => {
    const hostile = Object.fromEntries(
      Object.entries(CARD).map(([k, v]) => [k, `${v} ${HOSTILE}`]),
    ) as unknown as CardText;
    const svg = cardSvg({ ...hostile, lang: 'en', illustrative: HOSTILE });
    expect(svg).not.toMatch(/<script|<svg onload|<!--/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "x"');
    // It renders to a whole 1200×630 PNG, with the site line's hostile text drawn as glyphs
    // as far as the text measure says it reaches (x = 64 plus its width, bold 32 px).
    expect(pngSize(renderPng(svg, 1200))).toEqual({ width: 1200, height: 630 });
    const siteLine = texts(svg)[0]!;
    expect(siteLine).toContain('<script>alert(1)</script>');
    const end = 64 + textWidth(siteLine, 32, true);
    expect(inkRight(svg, 44, 86)).toBeGreaterThan(end - 0.1 * (end - 64));
    expect(inkRight(svg, 44, 86)).toBeLessThanOrEqual(end);
  });

  it('wraps a long title into two lines at most, ending with … when it is cut', () => {
    const svg = cardSvg({ ...CARD, title: `Sector 2, ${'Very long district name '.repeat(12)}` });
    const title = [...svg.matchAll(/<text[^>]*font-size="60"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(title).toHaveLength(2);
    expect(title[0]).toMatch(/^Sector 2, Very long/);
    expect(title[1]!.endsWith('…')).toBe(true);
  });

  it('cuts a name without spaces between characters instead of running off the card', () => {
    const svg = cardSvg({ ...CARD, title: 'A'.repeat(300) });
    const title = [...svg.matchAll(/<text[^>]*font-size="60"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(title).toHaveLength(2);
    expect(title.join('').length).toBeLessThan(60);
  });

  it('without a share, writes the sentence alone', () => {
    const svg = cardSvg({ ...CARD, big: undefined, figure: 'No Iron Notebook figures published yet' });
    expect(svg).not.toContain('font-size="96"');
    expect(texts(svg)).toContain('No Iron Notebook figures published yet');
  });
});

describe('cardAlt', () => {
  it('says what the card shows, once per full stop', () => {
    expect(cardAlt(CARD)).toBe(
      'Sector 2, Oʻzbekiston District: 79.4% — 660 of 831 Iron Notebook families lifted out of poverty. Figures as of December 2, 2020. Source: Fergana Regional Administration (hokimiyat). Ochiq Sektor',
    );
    expect(cardAlt({ ...CARD, date: 'Данные на 2 декабря 2020 г.' })).toContain('2020 г. Source');
  });
});
