/**
 * Search keys: one spelling-insensitive form of a name, whatever script or apostrophe the
 * reader typed. "Қайнар", "Qaynar", "kaynar" and "Кайнар" all become `kaynar`.
 */
import { foldApostrophes } from '../translit/apostrophes.ts';
import { russianToUzLatinKey } from '../translit/ru.ts';

const CYRILLIC = /[\u0400-\u04FF]/;

/** The search key of a name or a query. */
export function searchKey(text: string): string {
  const latin = CYRILLIC.test(text)
    ? russianToUzLatinKey(text)
    : foldApostrophes(text).toLowerCase().normalize('NFKD');
  return (
    latin
      .replace(/[^a-z0-9 ]+/g, ' ')
      // Sounds spelled differently across Uzbek Latin, Russian romanisation and English.
      .replace(/kh/g, 'h')
      .replace(/[xh]/g, 'h')
      .replace(/q/g, 'k')
      .replace(/w/g, 'v')
      .replace(/([a-z])\1+/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
