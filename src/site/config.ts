/** Build settings read from the environment, each with the demo's default (see README). */
import { resolve } from 'node:path';

/** Folder of the dataset the site is built from. */
export const dataDir = resolve(process.env.DATA_DIR || 'data');

/** Public origin of the site, used in canonical links, the sitemap and citations. */
export const siteUrl = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, '');

/**
 * The day ages ("6 years ago") are counted to. Fixed by `BUILD_DATE` or
 * `SOURCE_DATE_EPOCH` so that a rebuild gives the same bytes; otherwise today (UTC).
 */
export const buildDate: string = (() => {
  if (process.env.BUILD_DATE) return process.env.BUILD_DATE;
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
})();
