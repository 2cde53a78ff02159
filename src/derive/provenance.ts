/** How provenance carries through: one illustrative input makes a figure illustrative. */
import type { Provenance } from '../model/types.ts';
import type { SourceCitation, FigureProvenance } from './figure.ts';

/** The provenance of a stored value. */
export function fromStored(p: Provenance): FigureProvenance {
  return p === 'illustrative'
    ? { kind: 'illustrative' }
    : { kind: 'sourced', citations: [p.quote ? { source: p.source, quote: p.quote } : { source: p.source }] };
}

/** The provenance of a figure made from these inputs. */
export function combineProvenance(inputs: readonly FigureProvenance[]): FigureProvenance {
  if (inputs.some((p) => p.kind === 'illustrative')) return { kind: 'illustrative' };
  const citations: SourceCitation[] = [];
  const seen = new Set<string>();
  for (const p of inputs) {
    if (p.kind !== 'sourced') continue;
    for (const c of p.citations) {
      const key = `${c.source}|${c.quote ?? ''}`;
      if (!seen.has(key)) (seen.add(key), citations.push(c));
    }
  }
  if (citations.length === 0) return { kind: 'register' };
  return inputs.every((p) => p.kind === 'sourced') ? { kind: 'sourced', citations } : { kind: 'register' };
}
