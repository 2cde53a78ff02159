/** Responses of the static file endpoints: body and content type, nothing else varies. */

/** A JSON document; small ones indented for people, large ones compact. */
export const jsonResponse = (doc: unknown, indent = false) =>
  new Response(`${JSON.stringify(doc, null, indent ? 2 : undefined)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

/** A CSV file (already with its byte-order mark). */
export const csvResponse = (body: string) =>
  new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });

/** A plain text file. */
export const textResponse = (body: string) =>
  new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
