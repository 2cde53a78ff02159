/**
 * The rule for URL slugs: ASCII, lower case, words joined by "-", from an Uzbek Latin or
 * English name. Used by the demo generator and by the importer when a district adds places.
 */

// ʻ ʼ ' ’ ‘ ` — every mark people use for the Uzbek apostrophes is simply dropped.
const APOSTROPHES = /['`\u2018\u2019\u02BB\u02BC]/g;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Qoʻshtepa" → "qoshtepa", "Yangi hayot" → "yangi-hayot"; throws if the result isn't a valid slug. */
export function toSlug(name: string): string {
  const slug = name.replace(APOSTROPHES, '').trim().toLowerCase().replace(/\s+/g, '-');
  if (!SLUG.test(slug)) throw new Error(`cannot make an ASCII slug of "${name}" (got "${slug}")`);
  return slug;
}
