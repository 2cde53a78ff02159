/** UI strings of the map, in the four locales (keys start with `map.`). */
export const mapStrings = {
  en: {},
  uz: {},
  'uz-Cyrl': {},
  ru: {},
} as const;
