/** UI strings of downloads and the API, in the four locales (keys start with `export.`). */
export const exportStrings = {
  en: {},
  uz: {},
  'uz-Cyrl': {},
  ru: {},
} as const;
