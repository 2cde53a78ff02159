/** `/search/<locale>.json`: the search index of a locale, fetched when the search box is first used. */
import type { APIRoute } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { siteData } from '../../site/data.ts';
import { searchIndexFile } from '../../search/index-write.ts';
import { localePaths } from '../../site/routes.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute<{ locale: Locale }> = ({ props }) =>
  new Response(JSON.stringify(searchIndexFile(siteData(), props.locale)), {
    headers: { 'content-type': 'application/json' },
  });
