/** The map data Leaflet reads: `/map/<locale>/<place path>.json` for every place that draws its own map. */
import type { APIRoute } from 'astro';
import { locales, localeSegment, type Locale } from '../../i18n/locales.ts';
import { siteData } from '../../site/data.ts';
import { siteGeo, subjectMap } from '../../geo/site.ts';
import { subjectIds, subjectPath } from '../../geo/subject.ts';
import { mapData } from '../../geo/view.ts';

export async function getStaticPaths() {
  const { ds, tree } = siteData();
  const { geo } = await siteGeo();
  if (!geo) return [];
  const ids: string[] = [];
  for (const id of subjectIds(ds, tree)) if ((await subjectMap(id))?.places.length) ids.push(id);
  return locales.flatMap((locale) =>
    ids.map((id) => ({
      params: { place: `${localeSegment[locale]}/${subjectPath(tree, id)}` },
      props: { id, locale },
    })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { id, locale } = props as { id: string; locale: Locale };
  const subject = (await subjectMap(id))!;
  return new Response(JSON.stringify(mapData(siteData(), subject, locale)), {
    headers: { 'content-type': 'application/json' },
  });
};
