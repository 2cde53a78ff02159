/**
 * What the reader of each kind of file gives the importer: sheets of cell texts for the
 * row reader, the places sheets, notes for the person importing, and problems.
 */
import type { CellProblem } from './cells.ts';
import type { Separator, Sheet, SheetRow } from './csv-read.ts';
import type { Encoding } from './decode.ts';

/** A file given to the importer: its name (for messages) and its bytes. */
export interface NamedFile {
  /** Shown in messages. */
  name: string;
  /** The file's content (only its start when the file is over the size limit). */
  bytes: Uint8Array;
  /** Its size on disk, when `bytes` is only its start. */
  size?: number;
}

/** How one file was read (the importer's `FileRead` takes these fields). */
export interface ReadInfo {
  /** As given. */
  name: string;
  /** Encoding found (CSV). */
  encoding?: Encoding;
  /** Separator found (CSV). */
  separator?: Separator;
  /** The sheets read (workbook). */
  sheets?: string[];
}

/** A sheet of values, read like a CSV file; its cells are named with `ref!` in front (empty for CSV). */
export interface ValueSheet {
  ref: string;
  sheet: Sheet;
  /** `,` in CSV files separated by `;`; `.` in workbooks, whose numbers are numbers. */
  decimalMark: ',' | '.';
}

/** A sheet of new places. */
export interface PlacesSheet {
  ref: string;
  rows: SheetRow[];
}

/** What a file holds, whatever its kind. */
export interface FileInput {
  read: ReadInfo;
  sheets: ValueSheet[];
  places: PlacesSheet[];
  /** The district the template was made for, when the file says. */
  district?: string;
  /** Things the person importing should know (formulas read as values, hidden rows, ignored sheets). */
  notes: string[];
  /** Problems found while reading, cells already named with their sheet. */
  problems: CellProblem[];
}
