/** CSS classes of a legend or list swatch (colours live in map.css; no style attributes under the CSP). */
import type { FillKey } from '../../geo/palette.ts';

/** `map-swatch fill-2 is-hatched`, `map-swatch fill-none`, `map-swatch fill-hidden`. */
export function swatchClass(fill: FillKey, illustrative: boolean): string {
  return `map-swatch fill-${fill}${illustrative ? ' is-hatched' : ''}`;
}
