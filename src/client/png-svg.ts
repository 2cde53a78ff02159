/**
 * The text work behind a chart's PNG download, kept free of the DOM so it can be tested:
 * the `@font-face` rules that embed DejaVu Sans (an SVG drawn as an image may load fonts
 * only from data: URLs), the standalone SVG resized to the PNG's width with those rules in
 * it, and the saved file's name.
 */

/** Our own name for the embedded font, so that no installed font can stand in for it. */
export const PNG_FONT_FAMILY = 'Ochiq Sektor DejaVu Sans';

export interface EmbeddedFont {
  weight: 400 | 700;
  /** The TrueType file as `data:font/ttf;base64,…`. */
  dataUrl: string;
}

// Only base64 can sit inside `url("…")` in an XML `<style>`: no quote, `<` or `&`.
const TTF_DATA_URL = /^data:font\/ttf;base64,[A-Za-z0-9+/]+={0,2}$/;

/** `@font-face` rules for the fonts, and a rule that sets every text of the SVG in them. */
export function fontFaceCss(fonts: readonly EmbeddedFont[]): string {
  const faces = fonts.map((f) => {
    if (!TTF_DATA_URL.test(f.dataUrl))
      throw new Error(
        `fontFaceCss: the weight ${f.weight} font is not a base64 data: URL of a TrueType font`,
      );
    return `@font-face{font-family:"${PNG_FONT_FAMILY}";font-style:normal;font-weight:${f.weight};src:url("${f.dataUrl}") format("truetype")}`;
  });
  // `svg text` outranks the file's own `text{font-family:…}` rule, wherever it stands.
  return `${faces.join('')}svg text{font-family:"${PNG_FONT_FAMILY}"}`;
}

export interface ScaledSvg {
  svg: string;
  /** The PNG's size (px): the width asked for, the height following the SVG's. */
  width: number;
  height: number;
}

/** A number attribute of a start tag, or undefined. */
function numberAttr(tag: string, name: string): number | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? Number(m[1]) : undefined;
}

/**
 * The standalone SVG `width` px wide (its viewBox keeps the drawing; the height follows,
 * rounded to whole pixels), with `css` in a `<style>` first inside the root element.
 * Throws on a root element without a width and height in px, or on CSS that would break XML.
 */
export function scaledSvg(svg: string, css: string, width: number): ScaledSvg {
  const root = /<svg\b[^>]*>/.exec(svg);
  if (!root || root[0].endsWith('/>')) throw new Error('scaledSvg: no <svg> element with content');
  const tag = root[0];
  const w = numberAttr(tag, 'width');
  const h = numberAttr(tag, 'height');
  if (!w || !h || !(w > 0 && h > 0))
    throw new Error('scaledSvg: the <svg> element needs a width and a height in px');
  if (!(Number.isInteger(width) && width > 0))
    throw new Error(`scaledSvg: width ${width} is not a whole number of pixels`);
  if (/[<&]/.test(css)) throw new Error('scaledSvg: the CSS holds < or &, which would break the SVG');
  const height = Math.round((h * width) / w);
  let sized = tag
    .replace(/\swidth="[^"]*"/, ` width="${width}"`)
    .replace(/\sheight="[^"]*"/, ` height="${height}"`);
  // Without a viewBox a larger width would only add blank room, not scale the drawing.
  if (!/\sviewBox="/.test(tag)) sized = sized.replace(/^<svg/, `<svg viewBox="0 0 ${w} ${h}"`);
  return {
    svg: `${svg.slice(0, root.index)}${sized}<style>${css}</style>${svg.slice(root.index + tag.length)}`,
    width,
    height,
  };
}

/**
 * The saved PNG's name, from the chart's SVG address and the width:
 * `/charts/en/fa.ozbekiston.s2/chart-progress.svg`, 1200 → `fa.ozbekiston.s2-chart-progress-en-1200px.png`.
 */
export function pngFileName(svgPath: string, width: number): string {
  const [locale = '', place = '', file = ''] = svgPath.split(/[?#]/)[0]!.split('/').filter(Boolean).slice(-3);
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${[place, file.replace(/\.svg$/, ''), locale].filter(Boolean).map(safe).join('-')}-${width}px.png`;
}
