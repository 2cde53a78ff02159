/** `/charts/<locale>/<place id>/<chart id>.svg`: a chart as a standalone SVG, labelled in the locale. */
import type { APIRoute } from 'astro';
import { locales, localeSegment } from '../../../../i18n/locales.ts';
import { t } from '../../../../i18n/t.ts';
import { formatDate } from '../../../../i18n/format.ts';
import { siteData } from '../../../../site/data.ts';
import { absolute, placeUrl } from '../../../../site/urls.ts';
import { embeddableCharts } from '../../../../embed/charts.ts';
import { standaloneSvg } from '../../../../embed/files.ts';

export function getStaticPaths() {
  const data = siteData();
  return locales.flatMap((locale) =>
    data.ds.places.flatMap((p) =>
      embeddableCharts(data, p.id, locale).map((spec) => {
        const footer = [
          ...(spec.sources.illustrative ? [t(locale, 'embed.illustrative')] : []),
          t(locale, 'embed.footer', { date: formatDate(locale, spec.dates.to), url: absolute(placeUrl(locale, data.tree, p.id)) }),
        ];
        return { params: { locale: localeSegment[locale], place: p.id, chart: spec.id }, props: { svg: standaloneSvg(spec, footer) } };
      }),
    ),
  );
}

export const GET: APIRoute = ({ props }) => new Response(props.svg as string, { headers: { 'content-type': 'image/svg+xml' } });
