/**
 * What kind of file was given, from its first bytes (never its name): an .xlsx workbook
 * (a zip archive), CSV text, or something refused in one line that says what to do: an
 * old binary .xls, a workbook encrypted with a password (also an OLE compound file, told
 * apart by its `EncryptedPackage` stream), an OpenDocument or binary workbook, a file
 * over the size limit, or a file that is no spreadsheet at all.
 */
import { LIMITS, Refusal, mb } from './refusal.ts';
import { type ZipEntry, zipEntries } from './zip.ts';

/** A file to read: a workbook with its zip directory, or text. */
export type Sniffed = { kind: 'xlsx'; entries: ZipEntry[] } | { kind: 'text' };

const starts = (b: Uint8Array, ...sig: number[]) => sig.every((x, i) => b[i] === x);
const ascii = (b: Uint8Array, n = 512) => new TextDecoder('latin1').decode(b.subarray(0, n));

const SAVE_AS =
  'open it in Excel (or LibreOffice) and save it as .xlsx (File → Save as → Excel Workbook), then import that file';

/**
 * True when an OLE compound file has a directory entry named `EncryptedPackage`: how
 * Office stores a password-encrypted .xlsx. Directory entries are 128 bytes, aligned to
 * 128, with the name in UTF-16 and its byte length (with the final 0) at offset 64.
 */
export function hasEncryptedPackage(b: Uint8Array): boolean {
  const name = Buffer.from('EncryptedPackage\0', 'utf16le');
  const bytes = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
    if (at % 128 === 0 && bytes.readUInt16LE(at + 64) === name.length) return true;
  }
  return false;
}

/** The refusal for a zip archive that is not an .xlsx, by the parts it has. */
function notXlsx(entries: readonly ZipEntry[]): Refusal | undefined {
  const has = (name: string) => entries.some((e) => e.name.toLowerCase() === name);
  if (
    has('xl/workbook.xml') ||
    entries.some((e) => /^xl\/[^/]+\.xml$/i.test(e.name) && /workbook/i.test(e.name))
  )
    return undefined;
  if (has('mimetype') && has('content.xml'))
    return new Refusal('ods-format', `an OpenDocument file (.ods): ${SAVE_AS}`);
  if (has('xl/workbook.bin'))
    return new Refusal('xlsb-format', `an Excel binary workbook (.xlsb): ${SAVE_AS}`);
  if (has('word/document.xml'))
    return new Refusal(
      'not-a-workbook',
      'a Word document, not a spreadsheet: import the filled template (.xlsx or .csv)',
    );
  if (has('[content_types].xml'))
    return new Refusal(
      'not-a-workbook',
      'an Office document that is not an Excel workbook: import the filled template (.xlsx or .csv)',
    );
  return new Refusal(
    'not-a-workbook',
    'a zip archive, not an Excel workbook: import the filled template itself (.xlsx or .csv), not an archive of it',
  );
}

/** Refusal of text that is a web page or an Excel 2003 XML file saved with a spreadsheet name. */
function notCsv(b: Uint8Array): Refusal | undefined {
  const head = ascii(b, 2048)
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<?xml') && head.includes('progid="excel.sheet"'))
    return new Refusal('xml-spreadsheet-format', `an Excel 2003 XML spreadsheet: ${SAVE_AS}`);
  if (/^<(!doctype html|html|table|\?xml)/.test(head))
    return new Refusal(
      'not-a-workbook',
      `a web page (HTML or XML), even if named like a spreadsheet: ${SAVE_AS}`,
    );
  if (head.startsWith('%pdf'))
    return new Refusal(
      'not-a-workbook',
      'a PDF document, not a spreadsheet: fill in the template (.xlsx) and import that',
    );
  // UTF-16 text has zero bytes, but starts with its byte-order mark; anything else with them is binary.
  if (!starts(b, 0xff, 0xfe) && !starts(b, 0xfe, 0xff) && b.subarray(0, 8192).includes(0))
    return new Refusal(
      'not-a-workbook',
      'not a spreadsheet (binary data): import the filled template (.xlsx or .csv)',
    );
  return undefined;
}

/** Tells what `bytes` are (of a file of `size` bytes, if only its start was read), or throws the refusal. */
export function sniff(bytes: Uint8Array, size = bytes.length): Sniffed {
  if (size > LIMITS.fileBytes)
    throw new Refusal(
      'file-size',
      `the file is ${mb(size)}, more than the ${mb(LIMITS.fileBytes)} a template can be: is it the right file?`,
    );
  if (bytes.length === 0) throw new Refusal('empty-file', 'the file is empty');
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    if (hasEncryptedPackage(bytes))
      throw new Refusal(
        'password',
        'the workbook is encrypted with a password: open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, then empty the box), save it and import it again',
      );
    throw new Refusal('xls-format', `an old Excel 97–2003 workbook (.xls): ${SAVE_AS}`);
  }
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04) || starts(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    const entries = zipEntries(bytes);
    const refused = notXlsx(entries);
    if (refused) throw refused;
    return { kind: 'xlsx', entries };
  }
  const refused = notCsv(bytes);
  if (refused) throw refused;
  return { kind: 'text' };
}
