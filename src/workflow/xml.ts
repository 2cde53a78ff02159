/**
 * Event-style reading of the XML parts of a workbook with saxes: element names without
 * their namespace prefix (`x:row` is `row`), attributes as given, text as decoded.
 * Malformed XML refuses the file.
 */
import { SaxesParser } from 'saxes';
import { Refusal } from './refusal.ts';

/** What a reader does on each event. */
export interface XmlHandlers {
  open?(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Reads `xml` (part `part` of the workbook, for messages), calling `on` for each event. */
export function readXml(xml: string, part: string, on: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  let failed: Error | undefined;
  parser.on('error', (e) => (failed ??= e));
  if (on.open)
    parser.on('opentag', (tag) => on.open!(local(tag.name), tag.attributes as Record<string, string>));
  if (on.close) parser.on('closetag', (tag) => on.close!(local(tag.name)));
  if (on.text) {
    parser.on('text', (t) => on.text!(t));
    parser.on('cdata', (t) => on.text!(t));
  }
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof Refusal) throw e;
    failed ??= e as Error;
  }
  if (failed)
    throw new Refusal(
      'xlsx-damaged',
      `the workbook is damaged (part ${part} is not well-formed XML): open it in Excel, save it again and import the new file`,
    );
}

/** True for an XML boolean attribute that is set (`1` or `true`). */
export const isTrue = (v: string | undefined): boolean => v === '1' || v === 'true';
