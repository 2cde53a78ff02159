/**
 * What the frontmatter of the locale pages and of the place page's sections shares: their
 * props, and the translator and site data they read with them.
 */
import type { Figure } from '../derive/figure.ts';
import type { Metric } from '../model/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/t.ts';
import { siteData } from './data.ts';

/** Props of a page or part in one language. */
export interface LocaleProps {
  locale: Locale;
}

/** Props of a place's page and of its sections. */
export interface PlaceProps extends LocaleProps {
  placeId: string;
}

/** Props of the parts that show one figure. */
export interface FigureProps extends LocaleProps {
  figure: Figure;
  metric: Metric;
}

/** The props, with the translator of their locale (`tr`) and the site's data. */
export const withSite = <P extends LocaleProps>(props: P) => ({
  ...props,
  tr: translator(props.locale),
  data: siteData(),
});
