/**
 * The snapshot files: one illustrative record per mahalla per month, the press
 * release's figures in the latest one, one revision and one gap, so the site has
 * history, a correction and a missing value to show.
 */
import type { SnapshotRecord } from '../model/types.ts';
import type { MahallaInfo } from './places.ts';
import { fork } from '../geo/random.ts';
import { DATES, dateIndex } from './calendar.ts';
import {
  MAHALLA_METRICS,
  buildSeries,
  drawFinal,
  drawSourcedFinals,
  type Series,
  type MahallaMetric,
} from './series.ts';
import { sourcedRecords, SOURCE_DATE } from './facts.ts';
import { illustrativeNote, gapNote, revisionNote, sourcedNote } from './notes.ts';

export interface SnapshotDoc {
  published: string;
  note: Record<'uz-Latn' | 'uz-Cyrl' | 'ru' | 'en', string>;
  records: SnapshotRecord[];
}

/** The month one mahalla leaves a metric out (not reported, which is not zero). */
export const GAP = { date: '2020-09-01', metric: 'women_entries' } as const;
/** The snapshot that corrects an earlier month, and the month it corrects. */
export const REVISION = { published: '2020-11-02', date: '2020-10-01' } as const;

/** Every mahalla's series; the sourced sector's mahallas end at its published totals. */
export function mahallaSeries(mahallas: readonly MahallaInfo[], seed: number): Map<string, Series> {
  const sourced = mahallas.filter((m) => m.sourced);
  const finals = drawSourcedFinals(sourced.length, fork(seed, 'sourced-finals'));
  const sourcedFinal = new Map(sourced.map((m, i) => [m.id, finals[i]!]));
  return new Map(
    mahallas.map((m) => {
      const rng = fork(seed, `values:${m.id}`);
      const final = sourcedFinal.get(m.id) ?? drawFinal(rng);
      return [m.id, buildSeries(final, rng)];
    }),
  );
}

type Revision = { place: string; values: Partial<Record<MahallaMetric, number>> };

/** A late correction of one mahalla's appeals that keeps both counts growing month to month. */
export function pickRevision(
  mahallas: readonly MahallaInfo[],
  series: Map<string, Series>,
  seed: number,
): Revision {
  const t = dateIndex(REVISION.date);
  const roomy = mahallas.filter((m) => {
    const r = series.get(m.id)!.appeals_received;
    return !m.sourced && r[t + 1]! - r[t - 1]! >= 2;
  });
  const rng = fork(seed, 'revision');
  const m = rng.pick(roomy);
  const s = series.get(m.id)!;
  const [before, was, after] = [
    s.appeals_received[t - 1]!,
    s.appeals_received[t]!,
    s.appeals_received[t + 1]!,
  ];
  // Late-registered appeals usually raise a figure; lower it only when there is no room above.
  const corrected = after > was ? rng.int(was + 1, after) : rng.int(before, was - 1);
  const values: Revision['values'] = { appeals_received: corrected };
  if (s.appeals_resolved[t]! > corrected) values.appeals_resolved = corrected;
  return { place: m.id, values };
}

function mahallaRecord(id: string, s: Series, t: number, omit?: MahallaMetric): SnapshotRecord {
  const values: Record<string, number> = {};
  for (const metric of MAHALLA_METRICS) if (metric !== omit) values[metric] = s[metric][t]!;
  return { place: id, date: DATES[t]!, provenance: 'illustrative', values };
}

export function buildSnapshots(
  mahallas: readonly MahallaInfo[],
  sourcedSector: string,
  seed: number,
): SnapshotDoc[] {
  const series = mahallaSeries(mahallas, seed);
  const gapPlace = fork(seed, 'gap').pick(mahallas).id;
  const revision = pickRevision(mahallas, series, seed);
  return DATES.map((date, t) => {
    const records = mahallas.map((m) =>
      mahallaRecord(
        m.id,
        series.get(m.id)!,
        t,
        date === GAP.date && m.id === gapPlace ? GAP.metric : undefined,
      ),
    );
    if (date === SOURCE_DATE) {
      return {
        published: date,
        note: sourcedNote(date),
        records: [...sourcedRecords(sourcedSector), ...records],
      };
    }
    if (date === REVISION.published) {
      records.push({
        place: revision.place,
        date: REVISION.date,
        provenance: 'illustrative',
        values: revision.values,
      });
      return { published: date, note: revisionNote(date, REVISION.date), records };
    }
    return { published: date, note: date === GAP.date ? gapNote(date) : illustrativeNote(date), records };
  });
}
