/** `/data/coverage.csv`: where figures are published, nationally and per region. */
import type { APIRoute } from 'astro';
import { regionCoverages, siteCoverage } from '../../site/coverage.ts';
import { coverageCsv } from '../../export/coverage-doc.ts';
import { csvResponse } from '../../export/respond.ts';

export const GET: APIRoute = () => csvResponse(coverageCsv(siteCoverage(), regionCoverages()));
