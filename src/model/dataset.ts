/** The validated model of a dataset folder, as the rest of the site sees it. */
import type { Place, Qualifier, Provenance, Metric, Rule, Source, SiteFile, TextForm } from './types.ts';

/** A place with all four name forms filled in, and the forms that were transliterated. */
export type PlaceEntry = Place & {
  names: Record<TextForm, string>;
  /** Name forms filled by transliteration rather than given in the data. */
  transliterated: TextForm[];
};

/** One value as stored in a snapshot, with where it was found. */
export interface StoredValue {
  place: string;
  metric: string;
  /** Date the value refers to. */
  date: string;
  value: number;
  qualifier: Qualifier;
  provenance: Provenance;
  /** Publication date of the snapshot that holds it. */
  published: string;
  /** File and JSON path, for error messages. */
  file: string;
  path: string;
}

/** A published snapshot. */
export interface SnapshotInfo {
  published: string;
  file: string;
  note?: Partial<Record<TextForm, string>>;
}

export interface Dataset {
  /** Folder it was read from. */
  dir: string;
  site: SiteFile;
  places: PlaceEntry[];
  placeById: Map<string, PlaceEntry>;
  metrics: Metric[];
  metricById: Map<string, Metric>;
  rules: Rule[];
  sources: Source[];
  sourceById: Map<string, Source>;
  /** Oldest first. */
  snapshots: SnapshotInfo[];
  /** Every stored value of every snapshot, in file order. */
  values: StoredValue[];
}
