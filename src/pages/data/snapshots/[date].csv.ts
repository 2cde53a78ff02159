/** `/data/snapshots/<date>.csv`: every value of one snapshot, small counts protected. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/data.ts';
import { snapshotCsv } from '../../../export/figure-rows.ts';
import { csvResponse } from '../../../export/respond.ts';

export const getStaticPaths = () => siteData().ds.snapshots.map((s) => ({ params: { date: s.published } }));

export const GET: APIRoute = ({ params }) => csvResponse(snapshotCsv(siteData(), params.date!));
