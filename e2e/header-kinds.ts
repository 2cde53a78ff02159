/** The response headers each kind of file must be sent with, as the README's table lists them. */
const EVERY = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
};
const NO_FRAMING = {
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
};
const CHART_FILE = {
  ...EVERY,
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
  'Access-Control-Allow-Origin': null,
};

/** One file of each kind: its URL, its content type and the headers it must have (null: must not have). */
export const KINDS: Record<string, { url: string; type: string; headers: Record<string, string | null> }> = {
  page: {
    url: '/en/fergana/ozbekiston/',
    type: 'text/html; charset=utf-8',
    headers: { ...EVERY, ...NO_FRAMING, 'Access-Control-Allow-Origin': null },
  },
  'not found': {
    url: '/en/no-such-page/',
    type: 'text/html; charset=utf-8',
    headers: { ...EVERY, ...NO_FRAMING },
  },
  embed: {
    url: '/embed/en/fergana/',
    type: 'text/html; charset=utf-8',
    headers: {
      ...EVERY,
      'X-Frame-Options': null,
      'Content-Security-Policy': "frame-ancestors *; base-uri 'self'; form-action 'self'; object-src 'none'",
      'X-Robots-Tag': 'noindex',
    },
  },
  'API JSON': {
    url: '/api/v1/places/fa.ozbekiston.s2.json',
    type: 'application/json; charset=utf-8',
    headers: { ...EVERY, ...NO_FRAMING, 'Access-Control-Allow-Origin': '*' },
  },
  'data CSV': {
    url: '/data/places/fa.ozbekiston.s2.csv',
    type: 'text/csv; charset=utf-8',
    headers: { ...EVERY, ...NO_FRAMING, 'Access-Control-Allow-Origin': null },
  },
  'chart SVG': {
    url: '/charts/en/fa.ozbekiston/chart-progress.svg',
    type: 'image/svg+xml',
    headers: CHART_FILE,
  },
  'chart CSV': {
    url: '/charts/fa.ozbekiston/chart-progress.csv',
    type: 'text/csv; charset=utf-8',
    headers: CHART_FILE,
  },
  // Chart PNGs are drawn in the browser (no file); the link preview cards are the PNG files.
  'link preview card': {
    url: '/og/en/fa.ozbekiston.png',
    type: 'image/png',
    headers: { ...EVERY, ...NO_FRAMING },
  },
  feed: {
    url: '/en/feed.xml',
    type: 'application/atom+xml; charset=utf-8',
    headers: { ...EVERY, ...NO_FRAMING },
  },
  'search index': {
    url: '/search/en.json',
    type: 'application/json; charset=utf-8',
    headers: { ...EVERY, 'Access-Control-Allow-Origin': null },
  },
};
