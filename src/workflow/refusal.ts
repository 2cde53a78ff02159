/**
 * A file refused whole, in one line, before any of its cells is read: the wrong format,
 * a password, a size over the limits below. Thrown by the readers, caught per file.
 */

/** What a filled template may be: generous for the whole country, small enough to read in memory. */
export const LIMITS = {
  /** Bytes of the file as saved (a whole-country template is about 1 MB). */
  fileBytes: 20 * 2 ** 20,
  /** Bytes of a workbook once unpacked, all parts together, checked before unpacking. */
  unpackedBytes: 100 * 2 ** 20,
  /** Parts of a workbook (a template has about 20). */
  entries: 1000,
  /** Rows of one sheet or CSV file (the whole country is about 11,000 places). */
  rows: 30_000,
} as const;

/** Megabytes, for messages. */
export const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 0)} MB`;

/** Why a file is not read at all. */
export class Refusal extends Error {
  /** Short rule name, e.g. `xls-format`. */
  readonly rule: string;
  constructor(rule: string, message: string) {
    super(message);
    this.rule = rule;
  }
}

/** The refusal for a workbook or sheet over the row limit. */
export const tooManyRows = (what: string, rows: number): Refusal =>
  new Refusal(
    'row-limit',
    `${what} has ${rows} rows, more than the ${LIMITS.rows} a template can have: is it the right file?`,
  );
