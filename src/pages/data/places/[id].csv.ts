/** `/data/places/<id>.csv`: every figure of one place, with provenance, as CSV for spreadsheets. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/data.ts';
import { placeCsv } from '../../../export/figure-rows.ts';
import { csvResponse } from '../../../export/respond.ts';

export const getStaticPaths = () => siteData().ds.places.map((p) => ({ params: { id: p.id } }));

export const GET: APIRoute = ({ params }) => csvResponse(placeCsv(siteData(), params.id!));
