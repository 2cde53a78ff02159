/** `/data/LICENSE.txt`: the licence of the data, from site.json. */
import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { licenceText } from '../../export/readme.ts';
import { textResponse } from '../../export/respond.ts';

export const GET: APIRoute = () => textResponse(licenceText(siteData()));
