/**
 * `/charts/<locale>/<place id>/<chart id>.svg`: a chart as a standalone SVG, labelled in the locale.
 * Routes carry ids only (Astro keeps every route's props for the whole build); the chart is laid out when its file is written.
 */
import type { APIRoute } from 'astro';
import { locales, localeSegment, localeFromSegment, pickText } from '../../../../i18n/locales.ts';
import { t } from '../../../../i18n/t.ts';
import { formatDate } from '../../../../i18n/format.ts';
import { siteData } from '../../../../site/data.ts';
import { absolute, placeUrl } from '../../../../site/routes.ts';
import { chartIds, chartSpec } from '../../../../charts/registry.ts';
import { standaloneSvg } from '../../../../embed/files.ts';

export function getStaticPaths() {
  const data = siteData();
  return locales.flatMap((locale) =>
    data.ds.places.flatMap((p) =>
      chartIds(data, p.id).map((chart) => ({
        params: { locale: localeSegment[locale], place: p.id, chart },
      })),
    ),
  );
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  const locale = localeFromSegment(String(params.locale))!;
  const place = String(params.place);
  const spec = chartSpec(data, place, String(params.chart), locale)!;
  // A PNG dropped into a press release carries its provenance: the note and each source's publisher.
  const publishers = [...new Set(spec.sources.citations.map((c) => c.source))].flatMap((id) => {
    const source = data.ds.sourceById.get(id);
    return source ? [t(locale, 'og.source', { publisher: pickText(source.publisher, locale).text })] : [];
  });
  const footer = [
    ...(spec.sources.illustrative ? [t(locale, 'embed.illustrative')] : []),
    ...publishers,
    t(locale, 'embed.footer', {
      date: formatDate(locale, spec.dates.to),
      url: absolute(placeUrl(locale, data.tree, place)),
    }),
  ];
  return new Response(standaloneSvg(spec, footer), { headers: { 'content-type': 'image/svg+xml' } });
};
