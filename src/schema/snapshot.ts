/** `snapshots/YYYY-MM-DD.json`: what was published on a date; never edited afterwards. */
import { z } from 'zod';
import { Id, IsoDate, LocalText, Qualifier, Provenance } from './common.ts';
import { MetricId } from './metrics.ts';

/** A count: a non-negative whole number. */
export const Count = z.int().min(0);

/** A value with its qualifier, or a bare count meaning `exact`. */
export const Value = z.union([
  Count,
  z.strictObject({
    /** The number as published. */
    value: Count,
    /** How exact it is ("more than 62,000" is `at-least`). */
    qualifier: Qualifier,
  }),
]);

/** Values of one place, for one date, from one provenance. */
export const SnapshotRecord = z.strictObject({
  /** Id of the place. */
  place: Id,
  /** Date the values refer to; earlier than `published` for a revision. */
  date: IsoDate,
  /** Source or `"illustrative"`. */
  provenance: Provenance,
  /** Metric id → value. */
  values: z.record(MetricId, Value),
});

/** A snapshot file. */
export const SnapshotFile = z.strictObject({
  /** Date of publication; the file is named after it. */
  published: IsoDate,
  /** What this snapshot is, in a sentence. */
  note: LocalText.optional(),
  /** The values published. */
  records: z.array(SnapshotRecord),
});

export type Value = z.infer<typeof Value>;
export type SnapshotRecord = z.infer<typeof SnapshotRecord>;
export type SnapshotFile = z.infer<typeof SnapshotFile>;
