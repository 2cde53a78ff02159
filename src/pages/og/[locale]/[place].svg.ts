/** `/og/<locale>/<place id>.svg`: a place's link preview card; the PNG stage turns it into `<place id>.png`. */
import type { APIRoute } from 'astro';
import { locales, localeSegment, type Locale } from '../../../i18n/locales.ts';
import { siteData } from '../../../site/data.ts';
import { HOME_CARD, hasOgCard, homeCardText, ogCardSvg } from '../../../png/og.ts';
import { cardSvg } from '../../../png/card.ts';

export function getStaticPaths() {
  const data = siteData();
  const ids = [HOME_CARD, ...data.ds.places.filter((p) => hasOgCard(data, p.id)).map((p) => p.id)];
  return locales.flatMap((locale) =>
    ids.map((placeId) => ({
      params: { locale: localeSegment[locale], place: placeId },
      props: { locale, placeId },
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { placeId, locale } = props as { placeId: string; locale: Locale };
  const data = siteData();
  const svg = placeId === HOME_CARD ? cardSvg(homeCardText(data, locale)) : ogCardSvg(data, placeId, locale);
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
