/** ASCII URL slugs from Uzbek Latin or English names. */

import { toSlug } from '../translit/slug.ts';

// The rule itself lives beside the other name rules, where the importer can use it too.
export { toSlug };

/** The slug of a district or city from its English name: "Oltiariq District" → "oltiariq". */
export function districtSlug(nameEn: string): string {
  return toSlug(nameEn.replace(/\s+District$/, ''));
}

/** The slug of a region from its English name: "Fergana Region" → "fergana", "Tashkent City" → "tashkent-city". */
export function regionSlug(nameEn: string): string {
  return toSlug(nameEn.replace(/^Republic of\s+/, '').replace(/\s+Region$/, ''));
}
