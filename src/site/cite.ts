/**
 * Citations of a figure: a sentence to quote, the reference to its source, and the
 * dashboard's URL pinned to the snapshot (its archive page), in the page's language.
 */
import type { Figure } from '../derive/figure.ts';
import type { Metric } from '../model/types.ts';
import type { PlaceEntry } from '../model/dataset.ts';
import type { SiteData } from './data.ts';
import { type Locale, localeSegment, pickText } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { formatDate, formatFigure } from '../i18n/format.ts';
import { metricLabel } from './figures.ts';
import { placeTitle } from './names.ts';
import { absolute } from './urls.ts';

/** The anchor of a figure on its snapshot's archive page. */
export const figureAnchor = (place: string, metric: string, date: string) => `${place}--${metric}--${date}`;

/** The archive URL of a figure: the snapshot that published it, at the figure's row. */
export const pinnedUrl = (locale: Locale, f: Figure) => absolute(`/${localeSegment[locale]}/archive/${f.published}/#${figureAnchor(f.place, f.metric, f.date)}`);

export type Citation = { citable: true; text: string } | { citable: false; reason: string };

/** What a reader can quote for a figure, or why it cannot be cited. */
export function citationOf(f: Figure, metric: Metric, place: PlaceEntry, locale: Locale, data: SiteData): Citation {
  if (f.provenance.kind === 'illustrative') return { citable: false, reason: t(locale, 'cite.illustrative') };
  if (f.provenance.kind === 'register' || f.value === null) return { citable: false, reason: t(locale, 'cite.notSourced') };
  const sentence = t(locale, 'cite.sentence', {
    place: placeTitle(place, locale, data.tree),
    metric: metricLabel(metric, locale),
    value: formatFigure(locale, f, metric),
    date: formatDate(locale, f.date),
  });
  const sources = [...new Set(f.provenance.citations.map((c) => c.source))].map((id) => {
    const s = data.ds.sourceById.get(id)!;
    const ref = t(locale, 'cite.source', { publisher: pickText(s.publisher, locale).text, title: s.title, date: formatDate(locale, s.date) });
    return s.url ? `${ref} ${s.url}` : ref;
  });
  const derived = f.derivation ? ` ${t(locale, 'cite.derived')}` : '';
  const via = t(locale, 'cite.via', { snapshot: formatDate(locale, f.published), url: pinnedUrl(locale, f) });
  return { citable: true, text: `${sentence}${derived} ${sources.join(' ')} ${via}` };
}
