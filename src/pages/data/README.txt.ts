/** `/data/README.txt`: the files, their columns, "fewer than 5", licence and how to cite. */
import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { readmeText } from '../../export/readme.ts';
import { textResponse } from '../../export/respond.ts';

export const GET: APIRoute = () => textResponse(readmeText(siteData()));
