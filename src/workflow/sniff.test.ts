import { describe, it, expect } from 'vitest';
import { LIMITS, Refusal } from './refusal.ts';
import { hasEncryptedPackage, sniff } from './sniff.ts';
import { oleFile, part, zipOf } from './fixtures/hostile-files.ts';

/** The rule of the refusal, or the kind found. */
const what = (bytes: Uint8Array) => {
  try {
    return sniff(bytes).kind;
  } catch (e) {
    if (e instanceof Refusal) return `${e.rule}: ${e.message}`;
    throw e;
  }
};

describe('sniff', () => {
  it('takes an .xlsx (a zip with xl/workbook.xml) and text, whatever the name', () => {
    expect(
      what(zipOf([part('[Content_Types].xml', '<Types/>'), part('xl/workbook.xml', '<workbook/>')])),
    ).toBe('xlsx');
    expect(what(Buffer.from('place_id;kind\r\nd.m1;mahalla\r\n'))).toBe('text');
    expect(what(Buffer.from('\uFEFFplace_id', 'utf16le'))).toBe('text');
  });

  it('refuses an old binary .xls: save it as .xlsx', () => {
    expect(what(oleFile(['Workbook', '\u0005SummaryInformation']))).toMatch(
      /^xls-format: an old Excel 97–2003 workbook \(\.xls\): open it in Excel .*save it as \.xlsx/,
    );
  });

  it('refuses a password-encrypted workbook (an OLE file with an EncryptedPackage stream): remove the password', () => {
    const encrypted = oleFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
    expect(hasEncryptedPackage(encrypted)).toBe(true);
    expect(what(encrypted)).toMatch(
      /^password: the workbook is encrypted with a password: .*remove the password/,
    );
    // The name as cell text of an .xls, not at a directory entry, does not count.
    const xls = Buffer.concat([oleFile(['Workbook']), Buffer.from('xEncryptedPackage\0', 'utf16le')]);
    expect(what(xls)).toMatch(/^xls-format/);
  });

  it('refuses other spreadsheets and documents, saying what they are', () => {
    expect(
      what(
        zipOf([
          part('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'),
          part('content.xml', '<x/>'),
        ]),
      ),
    ).toMatch(/^ods-format: an OpenDocument file/);
    expect(what(zipOf([part('[Content_Types].xml', '<Types/>'), part('xl/workbook.bin', 'x')]))).toMatch(
      /^xlsb-format/,
    );
    expect(what(zipOf([part('[Content_Types].xml', '<Types/>'), part('word/document.xml', '<w/>')]))).toMatch(
      /^not-a-workbook: a Word document/,
    );
    expect(what(zipOf([part('photo.jpg', 'x')]))).toMatch(
      /^not-a-workbook: a zip archive, not an Excel workbook/,
    );
    expect(what(Buffer.from('%PDF-1.7\n'))).toMatch(/^not-a-workbook: a PDF document/);
    expect(what(Buffer.from('<html><table><tr><td>1</td></tr></table></html>'))).toMatch(
      /^not-a-workbook: a web page/,
    );
    expect(
      what(Buffer.from('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook/>')),
    ).toMatch(/^xml-spreadsheet-format/);
    expect(what(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toMatch(
      /^not-a-workbook: not a spreadsheet \(binary data\)/,
    );
    expect(what(new Uint8Array(0))).toBe('empty-file: the file is empty');
  });

  it('refuses a file over the size limit before looking inside', () => {
    expect(what(new Uint8Array(LIMITS.fileBytes + 2 ** 20))).toMatch(
      /^file-size: the file is 21 MB, more than the 20 MB a template can be/,
    );
  });
});
