/**
 * Embeds pinned to a snapshot: the site data as it stood when a snapshot was published
 * (so charts are laid out from it exactly as they were then), and where a pinned chart
 * links back to on that snapshot's archive page.
 */
import type { Locale } from '../i18n/locales.ts';
import type { SiteData } from '../site/data.ts';
import { siteData, figuresAsOf } from '../site/data.ts';
import { datasetAsOf } from '../derive/as-of.ts';
import type { PlaceFigures } from '../derive/figure.ts';
import { latest } from '../derive/figure.ts';
import { figureAnchor } from '../site/cite.ts';
import { recent } from '../site/recent.ts';

// The views of the last two snapshots asked for. A view holds no figure table of its own
// (figuresAsOf keeps two, each ~1 GB for the whole country): routes list their pages
// snapshot by snapshot, so each snapshot's figures are derived once.
const views = recent<string, SiteData>(2);

/** The view of an earlier snapshot: its dataset, and its figures from figuresAsOf. */
function viewAsOf(published: string): SiteData {
  const data = siteData();
  const empty: PlaceFigures = new Map();
  return {
    ds: datasetAsOf(data.ds, published),
    tree: data.tree,
    get figures() {
      return figuresAsOf(published);
    },
    latestSnapshot: published,
    figuresOf: (id) => figuresAsOf(published).get(id) ?? empty,
  };
}

/**
 * The site data as of the snapshot of `published`: later snapshots left out, figures as
 * that snapshot published them. The newest snapshot's is the site data itself; an earlier
 * one is the same object while it is among the last two asked for (chart helpers cache per
 * data object).
 */
export function dataAsOf(published: string): SiteData {
  const data = siteData();
  if (published === data.latestSnapshot) return data;
  if (!data.ds.snapshots.some((s) => s.published === published))
    throw new Error(`no snapshot was published on ${published}`);
  return views.get(published, () => viewAsOf(published));
}

/** The metrics of the archive page's key-figures table, whose cells have figure anchors. */
export const ARCHIVE_METRICS: readonly string[] = [
  'population',
  'iron_registered',
  'iron_lifted',
  'iron_lifted_share',
];

/**
 * The anchor of a place on its snapshot's archive page: the cell of its first key figure
 * there (the chart's own metrics first), or the key-figures table when it has none.
 * `data` must be the data as of that snapshot, as the archive page computes it.
 */
export function archiveAnchor(data: SiteData, placeId: string, chartMetrics: readonly string[]): string {
  const figures = data.figuresOf(placeId);
  for (const m of [...chartMetrics.filter((x) => ARCHIVE_METRICS.includes(x)), ...ARCHIVE_METRICS]) {
    const f = latest(figures.get(m));
    if (f) return figureAnchor(placeId, m, f.date);
  }
  return 'key-figures';
}
