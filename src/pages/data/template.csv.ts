/** `/data/template.csv`: the spreadsheet template for the monthly update (every place), as `npm run template` writes it. */
import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { templateCsv } from '../../workflow/template.ts';

export const GET: APIRoute = () => {
  const { ds, tree } = siteData();
  return new Response(templateCsv(ds, tree), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
