/** `/api/v1/sources.json`: the documents that sourced figures cite. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/data.ts';
import { sourcesDoc } from '../../../export/api.ts';
import { jsonResponse } from '../../../export/respond.ts';

export const GET: APIRoute = () => jsonResponse(sourcesDoc(siteData()), true);
