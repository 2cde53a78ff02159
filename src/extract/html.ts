/**
 * The text of a saved news page, read with htmlparser2: text only, nothing in the page is
 * run or fetched. Scripts, styles, templates, embedded frames and forms are skipped; block
 * elements become line breaks; the article (or main part) is preferred over menus and
 * footers. The source URL is taken only from the page's own `<link rel="canonical">`.
 */
import { Parser } from 'htmlparser2';

/** What a page gives: its text and what it says about itself. */
export interface PageText {
  text: string;
  /** `<h1>`, else `og:title`, else `<title>`. */
  title?: string;
  /** `og:site_name`. */
  siteName?: string;
  /** `article:published_time`, `<time datetime>` or a `date` meta. */
  published?: string;
  /** `<link rel="canonical" href>`, as written (checked by the caller). */
  canonical?: string;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'form',
  'select',
  'button',
  'head',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'dd',
  'dt',
  'hr',
  'time',
]);
const VOID = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'input',
  'area',
  'base',
  'col',
  'source',
  'track',
  'wbr',
]);

/** Collapses spaces inside lines and blank lines between them. */
const tidy = (s: string) =>
  s
    .replace(/[ \t\u00A0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();

/** Reads an HTML page's text and metadata. */
export function pageText(html: string): PageText {
  const page: PageText = { text: '' };
  let all = '';
  let article = '';
  let skip = 0;
  let inArticle = 0;
  let inTitle = false;
  let inH1 = false;
  let title = '';
  let h1 = '';
  let ogTitle: string | undefined;
  const add = (s: string) => {
    all += s;
    if (inArticle) article += s;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') meta(page, attrs, (t) => (ogTitle = t));
        if (
          name === 'link' &&
          /(^|\s)canonical(\s|$)/i.test(attrs.rel ?? '') &&
          attrs.href &&
          page.canonical === undefined
        )
          page.canonical = attrs.href.trim();
        if (name === 'time' && attrs.datetime && page.published === undefined)
          page.published = attrs.datetime.trim();
        if (name === 'title') inTitle = true;
        if (SKIP.has(name) && !VOID.has(name)) skip++;
        if (name === 'article' || name === 'main') inArticle++;
        if (name === 'h1' && !skip) inH1 = true;
        if (BLOCK.has(name) && !skip) add('\n');
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skip) return;
        if (inH1) h1 += data;
        add(data);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIP.has(name) && !VOID.has(name) && skip > 0) skip--;
        if ((name === 'article' || name === 'main') && inArticle > 0) inArticle--;
        if (name === 'h1') inH1 = false;
        if (BLOCK.has(name) && !skip) add('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const body = tidy(article).length > 40 ? article : all;
  page.title = [h1, ogTitle, title].map((t) => (t ? tidy(t) : '')).find((t) => t !== '') || undefined;
  page.text = tidy(body);
  // A page whose article leaves out its heading: put the heading first, as in a plain-text release.
  if (page.title && !page.text.startsWith(page.title)) page.text = `${page.title}\n\n${page.text}`;
  return page;
}

function meta(page: PageText, attrs: Record<string, string>, setTitle: (t: string) => void): void {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
  const content = attrs.content?.trim();
  if (!content) return;
  if (key === 'og:title') setTitle(content);
  else if (key === 'og:site_name') page.siteName ??= content;
  else if (['article:published_time', 'datepublished', 'date', 'pubdate'].includes(key))
    page.published ??= content;
}
