/** ASCII URL slugs from Uzbek Latin or English names. */

// ʻ ʼ ' ’ ‘ ` — every mark people use for the Uzbek apostrophes is simply dropped.
const APOSTROPHES = /['`\u2018\u2019\u02BB\u02BC]/g;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Qoʻshtepa" → "qoshtepa", "Yangi hayot" → "yangi-hayot"; throws if the result isn't a valid slug. */
export function toSlug(name: string): string {
  const slug = name.replace(APOSTROPHES, '').trim().toLowerCase().replace(/\s+/g, '-');
  if (!SLUG.test(slug)) throw new Error(`cannot make an ASCII slug of "${name}" (got "${slug}")`);
  return slug;
}

/** The slug of a district or city from its English name: "Oltiariq District" → "oltiariq". */
export function districtSlug(nameEn: string): string {
  return toSlug(nameEn.replace(/\s+District$/, ''));
}

/** The slug of a region from its English name: "Fergana Region" → "fergana", "Tashkent City" → "tashkent-city". */
export function regionSlug(nameEn: string): string {
  return toSlug(nameEn.replace(/^Republic of\s+/, '').replace(/\s+Region$/, ''));
}
