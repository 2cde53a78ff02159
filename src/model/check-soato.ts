/**
 * SOATO codes (the State Statistics Committee's classifier of places): a region's code
 * has 4 digits and a district's or city's 7, beginning with its region's; no two places
 * share one. Sectors and mahallas have no SOATO code of their own.
 */
import type { Dataset } from './dataset.ts';
import type { Problem } from './problems.ts';

/** Digits a SOATO code has at each level. */
export const SOATO_LENGTH = { region: 4, district: 7, city: 7 } as const;

export function checkSoato(ds: Dataset, file: string): Problem[] {
  const problems: Problem[] = [];
  const at = (i: number, rule: string, message: string, value: string) =>
    problems.push({ file, path: `$.places[${i}].soato`, rule, message, value });
  const seen = new Map<string, number>();
  ds.places.forEach((p, i) => {
    if (!p.soato) return;
    if (seen.has(p.soato))
      at(
        i,
        'unique-soato',
        `SOATO code ${p.soato} is already used by $.places[${seen.get(p.soato)}]`,
        p.soato,
      );
    else seen.set(p.soato, i);
    if (p.kind !== 'region' && p.kind !== 'district' && p.kind !== 'city') {
      at(i, 'soato-length', `a ${p.kind} has no SOATO code of its own`, p.soato);
      return;
    }
    const digits = SOATO_LENGTH[p.kind];
    if (p.soato.length !== digits)
      at(
        i,
        'soato-length',
        `a ${p.kind}'s SOATO code has ${digits} digits, this one ${p.soato.length}`,
        p.soato,
      );
    if (p.kind === 'region') return;
    const region = ds.placeById.get(p.parent);
    if (region?.soato && !p.soato.startsWith(region.soato))
      at(
        i,
        'soato-in-region',
        `a ${p.kind}'s SOATO code begins with its region's (${region.soato})`,
        p.soato,
      );
  });
  return problems;
}
