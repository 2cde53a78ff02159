/** Addresses of the PNG files: a chart's next to its SVG, a place's link preview card under `/og/`. */
import { type Locale, localeSegment } from '../i18n/locales.ts';
import { svgPath } from '../embed/code.ts';

/** A chart's PNG next to its SVG: 1200 px wide, or 2400 px (`@2x`). */
export const pngPath = (locale: Locale, placeId: string, chartId: string, scale: 1 | 2) => svgPath(locale, placeId, chartId).replace(/\.svg$/, scale === 2 ? '@2x.png' : '.png');

/** A place's card as SVG (made by the og endpoint) and as PNG (made from it by the PNG stage). */
export const ogSvgPath = (locale: Locale, placeId: string) => `/og/${localeSegment[locale]}/${placeId}.svg`;
export const ogPngPath = (locale: Locale, placeId: string) => `/og/${localeSegment[locale]}/${placeId}.png`;
