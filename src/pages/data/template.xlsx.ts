/** `/data/template.xlsx`: the workbook template for the monthly update (every place), as `npm run template` writes it. */
import type { APIRoute } from 'astro';
import { buildDate } from '../../site/config.ts';
import { siteData } from '../../site/data.ts';
import { templateXlsx } from '../../workflow/template-xlsx.ts';

export const GET: APIRoute = async () => {
  const { ds, tree, figures } = siteData();
  // The site's own figures: the comparison sheet hides exactly what the pages hide.
  const bytes = await templateXlsx(ds, tree, { date: buildDate, figures });
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
