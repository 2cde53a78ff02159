/** `site.json`: who publishes this deployment and on what terms. */
import { z } from 'zod';
import { HttpUrl, LocalText, Text } from './common.ts';

/** The site's settings that belong to the dataset, not to the code. */
export const SiteFile = z.strictObject({
  /** True for the demonstration dataset: every page then says it is not an official site. */
  demo: z.boolean(),
  /** Who publishes the site. */
  publisher: LocalText,
  /** Where to send corrections. */
  corrections: z.strictObject({
    /** How to send a correction, in words. */
    text: LocalText,
    /** A web address for corrections, where there is one. */
    url: HttpUrl.optional(),
  }),
  /** Licence of the data. */
  licence: z.strictObject({
    /** Its name, e.g. "CC BY 4.0". */
    name: Text,
    /** Where to read it. */
    url: HttpUrl.optional(),
  }),
});

export type SiteFile = z.infer<typeof SiteFile>;
