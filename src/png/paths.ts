/** Addresses of the PNG files: a place's link preview card under `/og/` (chart PNGs are drawn in the browser, not stored). */
import { type Locale, localeSegment } from '../i18n/locales.ts';

/** A place's card as SVG (made by the og endpoint) and as PNG (made from it by the PNG stage). */
export const ogSvgPath = (locale: Locale, placeId: string) => `/og/${localeSegment[locale]}/${placeId}.svg`;
export const ogPngPath = (locale: Locale, placeId: string) => `/og/${localeSegment[locale]}/${placeId}.png`;
