/** Shares and rates per 10,000, computed wherever both inputs exist for a date. */
import type { Dataset } from '../model/dataset.ts';
import type { FigureTable } from './figure.ts';
import { ratioQualifier } from './qualifier.ts';
import { combineProvenance } from './provenance.ts';
import { get, put } from './stored.ts';

export function ratios(ds: Dataset, table: FigureTable): void {
  for (const metric of ds.metrics) {
    const d = metric.derived;
    if (!d) continue;
    for (const [place, figures] of table) {
      for (const num of figures.get(d.numerator) ?? []) {
        const den = get(table, place, d.denominator, num.date);
        if (!den || !den.value || num.value === null) continue; // no ratio over zero or nothing
        put(table, {
          place,
          metric: metric.id,
          date: num.date,
          value: (num.value / den.value) * d.scale,
          suppressed: false,
          qualifier: ratioQualifier(num.qualifier, den.qualifier),
          provenance: combineProvenance([num.provenance, den.provenance]),
          derivation: { kind: 'ratio', numerator: d.numerator, denominator: d.denominator, scale: d.scale },
          published: [num.published, den.published].sort().at(-1)!,
          revisions: [],
        });
      }
    }
  }
}
