/** `/api/v1/schema/<name>.schema.json`: JSON Schemas generated from the zod schemas. */
import type { APIRoute } from 'astro';
import { SCHEMAS } from '../../../../export/api-docs.ts';
import { jsonSchema } from '../../../../export/json-schemas.ts';
import { jsonResponse } from '../../../../export/respond.ts';

export const getStaticPaths = () => SCHEMAS.map((s) => ({ params: { name: s.name } }));

export const GET: APIRoute = ({ params }) => jsonResponse(jsonSchema(params.name!), true);
