/**
 * Link preview cards of places: which places have one, what it says (the headline figure
 * of the place page: families lifted out of poverty of those in the Iron Notebook, with
 * the share), built from the figure model and the page's formatters, and the page's
 * `og:image`. Paths are in paths.ts.
 */
import { type Locale, pickText } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { formatDate, formatFigure } from '../i18n/format.ts';
import { latest, type Figure } from '../derive/figure.ts';
import type { SiteData } from '../site/data.ts';
import { placeName, placeTitle } from '../site/names.ts';
import { absolute, ogPngUrl } from '../site/routes.ts';
import { isolate } from '../charts/shared/label-text.ts';
import { hasChartFiles } from '../charts/registry.ts';
import { siteCoverage } from '../site/coverage.ts';
import { cardAlt, cardSvg, CARD_HEIGHT, CARD_WIDTH, type CardText } from './card.ts';

/** Places with a card: regions, districts, cities and sectors (those whose charts have files). */
export const hasOgCard = hasChartFiles;

const METRICS = ['iron_registered', 'iron_lifted', 'iron_lifted_share'] as const;

/** The figure as a string, as the page writes it. */
function shown(data: SiteData, f: Figure, locale: Locale): string {
  return formatFigure(locale, f, data.ds.metricById.get(f.metric)!);
}

/** What a place's card says in a locale. */
export function ogCardText(data: SiteData, placeId: string, locale: Locale): CardText {
  const place = data.ds.placeById.get(placeId);
  if (!place) throw new Error(`og card: unknown place ${placeId}`);
  const figures = data.figuresOf(placeId);
  const [registered, lifted, share] = METRICS.map((m) => latest(figures.get(m)));
  const used = [registered, lifted, share].filter((f): f is Figure => f !== undefined);
  // The place's region (and district, for a sector of a district), unless the title names it.
  const ancestors = data.tree.ancestry(placeId).slice(0, -1);
  const context = (place.kind === 'sector' ? ancestors.slice(0, -1) : ancestors)
    .map((a) => isolate(placeName(a, locale).text))
    .join(' › ');
  const figure =
    registered && lifted
      ? t(locale, 'og.figure', {
          lifted: shown(data, lifted, locale),
          registered: shown(data, registered, locale),
        })
      : lifted
        ? `${pickText(data.ds.metricById.get('iron_lifted')!.labels, locale).text}: ${shown(data, lifted, locale)}`
        : t(locale, 'og.noFigures');
  const date =
    used
      .map((f) => f.date)
      .sort()
      .at(-1) ?? data.latestSnapshot;
  const citation = used.flatMap((f) => (f.provenance.kind === 'sourced' ? f.provenance.citations : []))[0];
  const source = citation && data.ds.sourceById.get(citation.source);
  return {
    lang: locale,
    site: t(locale, 'site.name'),
    tagline: t(locale, 'site.tagline'),
    context: context || undefined,
    title: isolate(placeTitle(place, locale, data.tree)),
    big: share && share.value !== null ? shown(data, share, locale) : undefined,
    figure,
    date: t(locale, 'og.date', { date: formatDate(locale, date) }),
    illustrative: used.some((f) => f.provenance.kind === 'illustrative')
      ? t(locale, 'og.illustrative')
      : undefined,
    source: source
      ? t(locale, 'og.source', { publisher: pickText(source.publisher, locale).text })
      : undefined,
  };
}

/** The card as SVG text, for the og endpoint. */
export const ogCardSvg = (data: SiteData, placeId: string, locale: Locale): string =>
  cardSvg(ogCardText(data, placeId, locale));

/** The national card's name under `/og/<locale>/`: no place id starts with "_". */
export const HOME_CARD = '_home';

/** What the national card says: the country, publication coverage, the newest snapshot. */
export function homeCardText(data: SiteData, locale: Locale): CardText {
  const c = siteCoverage();
  const illustrative = c.districts.illustrative > 0 || c.below.illustrative > 0;
  return {
    lang: locale,
    site: t(locale, 'site.name'),
    tagline: t(locale, 'site.tagline'),
    title: t(locale, 'country.name'),
    figure: t(locale, 'og.coverage', { sourced: c.districts.sourced, listed: c.districts.listed }),
    date: t(locale, 'og.date', { date: formatDate(locale, data.latestSnapshot) }),
    illustrative: illustrative ? t(locale, 'og.illustrative') : undefined,
  };
}

/** An `og:image`: a card's PNG with its size and alt text. */
interface OgImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** The `og:image` of the home and about pages, and of places without a card of their own. */
export const homeImage = (data: SiteData, locale: Locale): OgImage => ({
  url: absolute(ogPngUrl(locale, HOME_CARD)),
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
  alt: cardAlt(homeCardText(data, locale)),
});

/** The `og:image` of a place page: its own card, a mahalla its sector's, else the national card. */
export function ogImage(data: SiteData, placeId: string, locale: Locale): OgImage {
  const place = data.ds.placeById.get(placeId);
  const cardId = place?.kind === 'mahalla' ? data.tree.sectorOf(placeId)?.id : placeId;
  if (!cardId || !hasOgCard(data, cardId)) return homeImage(data, locale);
  return {
    url: absolute(ogPngUrl(locale, cardId)),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: cardAlt(ogCardText(data, cardId, locale)),
  };
}
