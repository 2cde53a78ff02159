/**
 * Citations of a figure: a sentence to quote, the reference to its source, and the
 * dashboard's URL pinned to the snapshot (its archive page), in the page's language.
 */
import type { Figure } from '../derive/figure.ts';
import type { Metric } from '../model/types.ts';
import type { PlaceEntry } from '../model/dataset.ts';
import type { SiteData } from './data.ts';
import { type Locale, pickText } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { formatDate, formatFigure } from '../i18n/format.ts';
import { metricLabel } from './figures.ts';
import { placeTitle } from './names.ts';
import { absolute, archiveUrl } from './routes.ts';

/** The anchor of a figure on its snapshot's archive page. */
export const figureAnchor = (place: string, metric: string, date: string) => `${place}--${metric}--${date}`;

/** The archive URL of a figure: the snapshot that published it, at the figure's row. */
export const pinnedUrl = (locale: Locale, f: Figure) =>
  absolute(archiveUrl(locale, f.published, figureAnchor(f.place, f.metric, f.date)));

export type Citation = { citable: true; text: string } | { citable: false; reason: string };

/** The parts of a figure's citation: its sentence (and derivation note), its sources' references, the pinned "via". */
interface Parts {
  sentence: string;
  sources: string[];
  via: string;
}

/** Why a figure cannot be cited, or undefined when it can. */
function refusal(f: Figure, locale: Locale): string | undefined {
  if (f.provenance.kind === 'illustrative') return t(locale, 'cite.illustrative');
  if (f.provenance.kind === 'register' || f.value === null) return t(locale, 'cite.notSourced');
  return undefined;
}

/** Sentence, references and pinned URL of a citable figure. */
function partsOf(f: Figure, metric: Metric, place: PlaceEntry, locale: Locale, data: SiteData): Parts {
  const sentence = t(locale, 'cite.sentence', {
    place: placeTitle(place, locale, data.tree),
    metric: metricLabel(metric, locale),
    value: formatFigure(locale, f, metric),
    date: formatDate(locale, f.date),
  });
  const citations = f.provenance.kind === 'sourced' ? f.provenance.citations : [];
  const sources = [...new Set(citations.map((c) => c.source))].map((id) => {
    const s = data.ds.sourceById.get(id)!;
    const ref = t(locale, 'cite.source', {
      publisher: pickText(s.publisher, locale).text,
      title: s.title,
      date: formatDate(locale, s.date),
    });
    return s.url ? `${ref} ${s.url}` : ref;
  });
  const derived = f.derivation ? ` ${t(locale, 'cite.derived')}` : '';
  const via = t(locale, 'cite.via', { snapshot: formatDate(locale, f.published), url: pinnedUrl(locale, f) });
  return { sentence: `${sentence}${derived}`, sources, via };
}

/** What a reader can quote for a figure, or why it cannot be cited. */
export function citationOf(
  f: Figure,
  metric: Metric,
  place: PlaceEntry,
  locale: Locale,
  data: SiteData,
): Citation {
  const reason = refusal(f, locale);
  if (reason) return { citable: false, reason };
  const p = partsOf(f, metric, place, locale, data);
  return { citable: true, text: `${p.sentence} ${p.sources.join(' ')} ${p.via}` };
}

/**
 * The citation of a chart: the sentences of its key figures, each source once, and the
 * pinned URL of each snapshot once. A chart that draws any illustrative value, or whose
 * key figures are not all citable, is refused with the first reason.
 */
export function chartCitationOf(
  figures: readonly Figure[],
  drawsIllustrative: boolean,
  locale: Locale,
  data: SiteData,
): Citation {
  if (drawsIllustrative) return { citable: false, reason: t(locale, 'embed.cite.illustrative') };
  if (figures.length === 0) return { citable: false, reason: t(locale, 'cite.notSourced') };
  const reason = figures.map((f) => refusal(f, locale)).find(Boolean);
  if (reason) return { citable: false, reason };
  const parts = figures.map((f) =>
    partsOf(f, data.ds.metricById.get(f.metric)!, data.ds.placeById.get(f.place)!, locale, data),
  );
  const uniq = (xs: string[]) => [...new Set(xs)];
  const text = [
    ...parts.map((p) => p.sentence),
    ...uniq(parts.flatMap((p) => p.sources)),
    ...uniq(parts.map((p) => p.via)),
  ].join(' ');
  return { citable: true, text };
}
