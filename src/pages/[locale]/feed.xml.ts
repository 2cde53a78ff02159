/** `/<locale>/feed.xml`: an Atom feed of the snapshots, newest first, each linking to its archive page. */
import type { APIRoute } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { siteData } from '../../site/data.ts';
import { absolute, archiveUrl, feedUrl, homeUrl, localePaths } from '../../site/routes.ts';
import { formatDate } from '../../i18n/format.ts';

export const getStaticPaths = localePaths;

const xml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

export const GET: APIRoute<{ locale: Locale }> = ({ props: { locale } }) => {
  const { ds } = siteData();
  const feed = absolute(feedUrl(locale));
  const entries = [...ds.snapshots].reverse().map((s) => {
    const values = ds.values.filter((v) => v.published === s.published);
    const summary = t(locale, 'feed.entry', {
      values: values.length,
      sourced: values.filter((v) => v.provenance !== 'illustrative').length,
      revised: values.filter((v) => v.date < s.published).length,
    });
    const url = absolute(archiveUrl(locale, s.published));
    return `  <entry>
    <id>${xml(url)}</id>
    <title>${xml(t(locale, 'archive.title', { date: formatDate(locale, s.published) }))}</title>
    <updated>${s.published}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <summary>${xml(summary)}</summary>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${xml(feed)}</id>
  <title>${xml(t(locale, 'feed.title'))}</title>
  <updated>${ds.snapshots.at(-1)!.published}T00:00:00Z</updated>
  <link rel="self" type="application/atom+xml" href="${xml(feed)}"/>
  <link rel="alternate" type="text/html" href="${xml(absolute(homeUrl(locale)))}"/>
  <author><name>${xml(t(locale, 'site.name'))}</name></author>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
