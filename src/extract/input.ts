/**
 * What `npm run extract` accepts: a press release as plain text (UTF-8, or Windows-1251)
 * or as a saved news page (HTML, read as text). It refuses, in one line, a file over
 * `MAX_BYTES`, a binary file (NUL or control bytes), and formats it does not read yet:
 * Word documents, PDFs and Telegram exports.
 */
import { extname, basename } from 'node:path';
import { decodeBytes } from '../workflow/decode.ts';
import { pageText, type PageText } from './html.ts';

/** The largest file read: a press release is a few kilobytes, a saved page a few hundred. */
export const MAX_BYTES = 2 * 1024 * 1024;

/** A file read as text, or why it was refused. */
export type Input = { ok: true; text: string; page?: PageText } | { ok: false; reason: string };

const OUT_OF_SCOPE = 'out of scope for now: copy its text into a .txt file (UTF-8) and run extract on that';
const starts = (b: Uint8Array, ...sig: number[]) => sig.every((x, i) => b[i] === x);

/** Formats recognised by their first bytes or name, that are not read yet. */
function unsupported(name: string, bytes: Uint8Array): string | undefined {
  const ext = extname(name).toLowerCase();
  if (starts(bytes, 0x25, 0x50, 0x44, 0x46) || ext === '.pdf') return `a PDF: ${OUT_OF_SCOPE}`;
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04) || ['.docx', '.odt', '.xlsx', '.zip'].includes(ext))
    return `a Word document or other zipped office file (${ext || 'zip'}): ${OUT_OF_SCOPE}`;
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0) || ['.doc', '.rtf'].includes(ext))
    return `a Word document (${ext || 'doc'}): ${OUT_OF_SCOPE}`;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (
    /^result\.json$/i.test(basename(name)) ||
    (/^\s*\{/.test(head) && /"messages"\s*:\s*\[/.test(head)) ||
    (/^\s*\{/.test(head) &&
      /"type"\s*:\s*"(personal_chat|public_channel|private_channel|public_supergroup|private_group)"/.test(
        head,
      ))
  )
    return `a Telegram export: ${OUT_OF_SCOPE}`;
  if (
    /^messages\d*\.html$/i.test(basename(name)) ||
    /class="message (default|service)|class="page_header"[\s\S]*Exported Data/.test(head)
  )
    return `a Telegram export: ${OUT_OF_SCOPE}`;
  if (/^\s*[[{]/.test(head) && ext === '.json')
    return 'a JSON file, not a press release: give the release as text (.txt) or a saved page (.html)';
  return undefined;
}

/** The first control byte other than tab, line breaks and form feed, or -1. */
function controlByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return i;
    if (b === 0x7f) return i;
  }
  return -1;
}

const looksLikeHtml = (name: string, text: string) =>
  /\.x?html?$/i.test(name) ||
  /^\s*(<!doctype html|<html[\s>])/i.test(text) ||
  /<(body|article|p)[\s>]/i.test(text.slice(0, 4096));

/** Reads a file's bytes as a press release's text, or refuses it. */
export function readInput(name: string, bytes: Uint8Array): Input {
  if (bytes.length > MAX_BYTES)
    return {
      ok: false,
      reason: `${(bytes.length / 1024 / 1024).toFixed(1)} MiB is over the ${MAX_BYTES / 1024 / 1024} MiB a press release or saved page may have`,
    };
  const format = unsupported(name, bytes);
  if (format) return { ok: false, reason: format };
  const at = controlByte(bytes);
  if (at >= 0)
    return {
      ok: false,
      reason: `a binary file (a control byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at byte ${at}): give the release as text (UTF-8) or a saved page (.html)`,
    };
  const { text } = decodeBytes(bytes);
  if (!text.trim()) return { ok: false, reason: 'the file is empty' };
  if (looksLikeHtml(name, text)) {
    const page = pageText(text);
    return page.text.trim()
      ? { ok: true, text: page.text, page }
      : { ok: false, reason: 'the page has no text outside scripts, styles and forms' };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
