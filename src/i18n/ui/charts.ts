/** UI strings of the charts, in the four locales (keys start with `chart.`). */
export const chartStrings = {
  en: {},
  uz: {},
  'uz-Cyrl': {},
  ru: {},
} as const;
