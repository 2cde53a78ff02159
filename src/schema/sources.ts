/** `sources.json`: the documents sourced values cite. */
import { z } from 'zod';
import { Id, IsoDate, HttpUrl, LocalText, Text } from './common.ts';

/** A published document. */
export const Source = z.strictObject({
  /** Stable id that values cite. */
  id: Id,
  /** Who published it. */
  publisher: LocalText,
  /** Its title as published. */
  title: Text,
  /** Language and script of the title and text, as a BCP 47 tag (e.g. `uz-Cyrl`). */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/),
  /** The title translated, for readers of other languages. */
  titleTranslated: LocalText.optional(),
  /** Kind of document. */
  kind: z.enum(['press-release', 'report', 'decree', 'dataset', 'other']),
  /** Publication date. */
  date: IsoDate,
  /** Publication time of day as published (`HH:MM:SS`), where given. */
  time: z
    .string()
    .regex(/^\d{2}:\d{2}(?::\d{2})?$/)
    .optional(),
  /** Address of the document, only where one exists; never guessed. */
  url: HttpUrl.optional(),
});

/** The `sources.json` file. */
export const SourcesFile = z.strictObject({
  /** Every cited source. */
  sources: z.array(Source),
});

export type Source = z.infer<typeof Source>;
export type SourcesFile = z.infer<typeof SourcesFile>;
