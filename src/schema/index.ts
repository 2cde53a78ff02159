/** The file formats of a dataset folder, one schema per file. */
export { PlacesFile } from './places.ts';
export { MetricsFile } from './metrics.ts';
export { SourcesFile } from './sources.ts';
export { SnapshotFile } from './snapshot.ts';
export { SiteFile } from './site.ts';
