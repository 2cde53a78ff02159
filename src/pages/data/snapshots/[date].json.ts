/** `/data/snapshots/<date>.json`: the same document as `/api/v1/snapshots/<date>.json`. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/data.ts';
import { snapshotDoc } from '../../../export/api.ts';
import { jsonResponse } from '../../../export/respond.ts';

export const getStaticPaths = () => siteData().ds.snapshots.map((s) => ({ params: { date: s.published } }));

export const GET: APIRoute = ({ params }) => jsonResponse(snapshotDoc(siteData(), params.date!));
