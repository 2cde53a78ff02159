/** `/charts/<place id>/<chart id>.csv`: exactly the numbers of a chart, with English column names. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/data.ts';
import { embeddableCharts } from '../../../embed/charts.ts';
import { chartCsv } from '../../../embed/files.ts';

export function getStaticPaths() {
  const data = siteData();
  return data.ds.places.flatMap((p) => embeddableCharts(data, p.id, 'en').map((spec) => ({ params: { place: p.id, chart: spec.id }, props: { csv: chartCsv(spec) } })));
}

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
