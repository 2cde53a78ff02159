// Astro builds the static site; settings that differ per deployment come from env vars
// (documented in the README) so the same commit builds the demo, fixtures or production.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  outDir: process.env.OUT_DIR || 'dist',
  trailingSlash: 'always',
  // Styles inline: a render-blocking stylesheet request costs a mobile first paint about 0.7 s.
  // Four pages at a time: one page's file write overlaps the next one's rendering (the
  // default build without images: 67 s with one, 53 s with four, mean of two runs each).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  redirects: { '/': '/uz/' },
  // Chart PNGs are drawn in the browser from a blob: URL of the chart's SVG (src/client/png-download.ts).
  security: { csp: { directives: ["img-src 'self' blob:"] } },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      // The redirect page at "/" is not content; embeds are noindex.
      filter: (page) => new URL(page).pathname !== '/' && !new URL(page).pathname.startsWith('/embed/'),
      i18n: { defaultLocale: 'uz', locales: { uz: 'uz', 'uz-cyrl': 'uz-Cyrl', ru: 'ru', en: 'en' } },
    }),
  ],
  // Leaflet and friends ship small images; keep them as files so `img-src 'self'` suffices.
  vite: { build: { assetsInlineLimit: 0 } },
});
