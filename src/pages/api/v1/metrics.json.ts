/** `/api/v1/metrics.json`: the metric catalogue and its rules. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/data.ts';
import { metricsDoc } from '../../../export/api.ts';
import { jsonResponse } from '../../../export/respond.ts';

export const GET: APIRoute = () => jsonResponse(metricsDoc(siteData()), true);
