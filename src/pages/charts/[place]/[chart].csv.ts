/**
 * `/charts/<place id>/<chart id>.csv`: exactly the numbers of a chart, with stable column
 * names (see chart-csv.ts). Routes carry ids only; the chart is laid out when its file is written.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/data.ts';
import { chartIds, chartSpec } from '../../../charts/registry.ts';
import { chartCsv } from '../../../embed/chart-csv.ts';

export function getStaticPaths() {
  const data = siteData();
  return data.ds.places.flatMap((p) =>
    chartIds(data, p.id).map((chart) => ({ params: { place: p.id, chart } })),
  );
}

export const GET: APIRoute = ({ params }) => {
  const spec = chartSpec(siteData(), String(params.place), String(params.chart), 'en')!;
  return new Response(chartCsv(spec), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
