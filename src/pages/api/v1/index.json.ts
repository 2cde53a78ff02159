/** `/api/v1/index.json`: endpoints, schemas, versioning rule and changelog of the API. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/data.ts';
import { indexDoc } from '../../../export/api.ts';
import { jsonResponse } from '../../../export/respond.ts';

export const GET: APIRoute = () => jsonResponse(indexDoc(siteData()), true);
