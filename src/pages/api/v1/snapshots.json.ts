/** `/api/v1/snapshots.json`: every published snapshot with its dated files. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/data.ts';
import { snapshotsDoc } from '../../../export/api.ts';
import { jsonResponse } from '../../../export/respond.ts';

export const GET: APIRoute = () => jsonResponse(snapshotsDoc(siteData()), true);
