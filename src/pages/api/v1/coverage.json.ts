/** `/api/v1/coverage.json`: where figures are published, nationally and per region. */
import type { APIRoute } from 'astro';
import { regionCoverages, siteCoverage } from '../../../site/coverage.ts';
import { coverageDoc } from '../../../export/coverage-doc.ts';
import { jsonResponse } from '../../../export/respond.ts';

export const GET: APIRoute = () => jsonResponse(coverageDoc(siteCoverage(), regionCoverages()), true);
