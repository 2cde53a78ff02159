/**
 * Building blocks shared by every file format. Formats are plain zod schemas with no
 * transforms, so that the JSON Schema of the format can be generated from them.
 */
import { z } from 'zod';

/** A stable identifier: lower-case ASCII words joined by `-` or `.`; never reused or changed. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { error: 'must be lower-case ASCII letters, digits, "-" or "."' })
  .max(120);

/** A URL path segment: lower-case ASCII words joined by `-`; stable like an id. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case ASCII letters, digits and "-"' })
  .max(80);

/** An ISO 8601 calendar date, `YYYY-MM-DD`, that exists in the calendar. */
export const IsoDate = z.iso.date();

/** A public web address: only `http:` and `https:` are accepted (no `javascript:`, `data:`…). */
export const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** Free text as published; shown as text, never as HTML. */
export const Text = z.string().trim().min(1).max(20000);

/** The four written forms a name or label can have. */
export const textForms = ['uz-Latn', 'uz-Cyrl', 'ru', 'en'] as const;
export type TextForm = (typeof textForms)[number];

/** Text in any of the four forms; at least one is required, missing ones fall back. */
export const LocalText = z
  .strictObject({
    /** Uzbek, Latin script. */
    'uz-Latn': Text.optional(),
    /** Uzbek, Cyrillic script. */
    'uz-Cyrl': Text.optional(),
    /** Russian. */
    ru: Text.optional(),
    /** English. */
    en: Text.optional(),
  })
  .refine((t) => textForms.some((f) => t[f] !== undefined), {
    error: 'needs at least one of uz-Latn, uz-Cyrl, ru, en',
    params: { rule: 'text-needs-a-form' },
  });

/** A place name: the Uzbek name in at least one script; other forms are transliterated when missing. */
export const Names = z
  .strictObject({
    /** Uzbek, Latin script (with ʻ U+02BB and ʼ U+02BC). */
    'uz-Latn': Text.optional(),
    /** Uzbek, Cyrillic script. */
    'uz-Cyrl': Text.optional(),
    /** Russian. */
    ru: Text.optional(),
    /** English. */
    en: Text.optional(),
  })
  .refine((n) => n['uz-Latn'] !== undefined || n['uz-Cyrl'] !== undefined, {
    error: 'needs the Uzbek name in Latin or Cyrillic script',
    params: { rule: 'name-needs-uzbek' },
  });

/** Labels given in all four forms (UI-facing catalogue entries). */
export const Labels = z.strictObject({
  /** Uzbek, Latin script. */
  'uz-Latn': Text,
  /** Uzbek, Cyrillic script. */
  'uz-Cyrl': Text,
  /** Russian. */
  ru: Text,
  /** English. */
  en: Text,
});

/** How exact a published number is: "more than 62,000" is `at-least`. */
export const Qualifier = z.enum(['exact', 'at-least', 'at-most', 'approximately']);

/**
 * Where a value comes from: a cited source, or `"illustrative"` for generated demo data.
 */
export const Provenance = z.union([
  z.literal('illustrative'),
  z.strictObject({
    /** Id of an entry in `sources.json`. */
    source: Id,
    /** The source's own wording for this value, quoted as written. */
    quote: Text.optional(),
  }),
]);

export type LocalText = z.infer<typeof LocalText>;
export type Names = z.infer<typeof Names>;
export type Labels = z.infer<typeof Labels>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Provenance = z.infer<typeof Provenance>;
