/** `/api/v1/places.json`: every place with its names, parent, sector and page paths. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/data.ts';
import { placesDoc } from '../../../export/api.ts';
import { jsonResponse } from '../../../export/respond.ts';

export const GET: APIRoute = () => jsonResponse(placesDoc(siteData()));
