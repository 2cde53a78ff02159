/**
 * The layer order of src/, enforced by `npm test` (npm run lint:layers). Data flows down
 * this list; a folder may import its own layer and those above it, never one below:
 *
 *   schema, text, translit          file formats; pure text and script helpers
 *   model                           strict reading, validation, the place tree
 *   derive, i18n                    figures the site publishes; locales and formatting
 *   site                            data access for pages (loaded, derived once)
 *   search, geo, charts, embed,     views and outputs built from the site's data
 *   export, png, workflow, extract
 *   components, layouts, pages      Astro
 *   client                          browser scripts: types only from build code
 *   cli, demo, bench, deploy        tools: they import the site's code, never the reverse
 */
const layer = (...folders) => `^src/(${folders.join('|')})/`;
const TOOLS = ['cli', 'demo', 'bench', 'deploy'];
const ASTRO = ['components', 'layouts', 'pages'];
const VIEWS = ['search', 'geo', 'charts', 'embed', 'export', 'png', 'workflow', 'extract'];

/** A rule: files of `from` may not import files of `to`. */
const never = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles, type-only ones included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    never(
      'tools-on-top',
      'Only tools import the tools (generator, bench, CLIs).',
      `^src/(?!${TOOLS.join('|')})`,
      layer(...TOOLS),
    ),
    never(
      'schema-at-bottom',
      'The schemas and text helpers import nothing of the site above them.',
      layer('schema', 'text', 'translit'),
      `^src/(?!schema|text|translit)`,
    ),
    never(
      'model-below-figures',
      'The model does not know derived figures, pages or outputs.',
      layer('model'),
      `^src/(?!model|schema|text|translit)`,
    ),
    never(
      'derive-below-site',
      'Figures do not know pages, views or outputs.',
      layer('derive', 'i18n'),
      layer('site', ...VIEWS, ...ASTRO, 'client', ...TOOLS),
    ),
    never(
      'site-below-views',
      'Data access for pages does not know the views built on it.',
      layer('site'),
      layer(...VIEWS, ...ASTRO, 'client', ...TOOLS),
    ),
    never(
      'views-below-astro',
      'Views and outputs do not import Astro components or pages.',
      layer(...VIEWS),
      layer(...ASTRO, 'client', ...TOOLS),
    ),
    {
      name: 'client-types-only',
      comment:
        "Browser scripts import the build's data code for its types only (pure shared helpers such as search ranking and map colours they run).",
      severity: 'error',
      from: { path: '^src/client/' },
      to: {
        path: layer(
          'schema',
          'model',
          'derive',
          'site',
          'export',
          'png',
          'workflow',
          'extract',
          ...ASTRO,
          ...TOOLS,
        ),
        dependencyTypesNot: ['type-only'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$|/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.astro'] },
  },
};
