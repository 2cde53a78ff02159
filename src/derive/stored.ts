/** Figures for the values stored in snapshots, revisions included. */
import type { Dataset } from '../model/dataset.ts';
import { currentValues } from '../model/history.ts';
import type { Figure, FigureTable } from './figure.ts';
import { fromStored } from './provenance.ts';

/** Adds a figure to the table, keeping each series in date order. */
export function put(table: FigureTable, f: Figure): void {
  const place = table.get(f.place) ?? table.set(f.place, new Map()).get(f.place)!;
  const series = place.get(f.metric) ?? place.set(f.metric, []).get(f.metric)!;
  series.push(f);
  // Series are short; keep them sorted on insert rather than sorting every reader.
  for (let i = series.length - 1; i > 0 && series[i - 1]!.date > series[i]!.date; i--) {
    [series[i - 1], series[i]] = [series[i]!, series[i - 1]!];
  }
}

/** Looks up the figure of a place, metric and date. */
export function get(table: FigureTable, place: string, metric: string, date: string): Figure | undefined {
  return table
    .get(place)
    ?.get(metric)
    ?.find((f) => f.date === date);
}

export function storedFigures(ds: Dataset): FigureTable {
  const table: FigureTable = new Map();
  for (const { current, revised } of currentValues(ds.values).values()) {
    put(table, {
      place: current.place,
      metric: current.metric,
      date: current.date,
      value: current.value,
      suppressed: false,
      qualifier: current.qualifier,
      provenance: fromStored(current.provenance),
      published: current.published,
      revisions: revised
        .filter((r) => r.value !== current.value || r.qualifier !== current.qualifier)
        .map((r) => ({ published: r.published, value: r.value, qualifier: r.qualifier })),
    });
  }
  return table;
}
