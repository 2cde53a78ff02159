/** `/og/<locale>/<place id>.svg`: a place's link preview card; the PNG stage turns it into `<place id>.png`. */
import type { APIRoute } from 'astro';
import { locales, localeSegment, type Locale } from '../../../i18n/locales.ts';
import { siteData } from '../../../site/data.ts';
import { hasOgCard, ogCardSvg } from '../../../png/og.ts';

export function getStaticPaths() {
  const data = siteData();
  return locales.flatMap((locale) =>
    data.ds.places.filter((p) => hasOgCard(data, p.id)).map((p) => ({ params: { locale: localeSegment[locale], place: p.id }, props: { locale, placeId: p.id } })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(ogCardSvg(siteData(), props.placeId as string, props.locale as Locale), { headers: { 'content-type': 'image/svg+xml' } });
