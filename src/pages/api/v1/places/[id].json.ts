/** `/api/v1/places/<id>.json`: every figure of one place, with provenance and revisions. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../../site/data.ts';
import { placeSeries } from '../../../../export/api.ts';
import { jsonResponse } from '../../../../export/respond.ts';

export const getStaticPaths = () => siteData().ds.places.map((p) => ({ params: { id: p.id } }));

export const GET: APIRoute = ({ params }) => jsonResponse(placeSeries(siteData(), params.id!));
