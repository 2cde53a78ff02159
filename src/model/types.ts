/** Types inferred from the file schemas, for code that must not import zod at run time. */
export type { Place, Sector, Mahalla, PlaceKind } from '../schema/places.ts';
export type { Metric, Rule } from '../schema/metrics.ts';
export type { Source } from '../schema/sources.ts';
export type { SiteFile } from '../schema/site.ts';
export type { SnapshotFile, SnapshotRecord, Value } from '../schema/snapshot.ts';
export type { Qualifier, Provenance, LocalText, Names, Labels, TextForm } from '../schema/common.ts';
