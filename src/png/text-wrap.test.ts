import { describe, it, expect } from 'vitest';
import { textWidth, wrapText } from './text-wrap.ts';

describe('textWidth', () => {
  it('grows with the text, the size and bold, and gives bidi controls no room', () => {
    expect(textWidth('mmmm', 10)).toBeGreaterThan(textWidth('iiii', 10));
    expect(textWidth('Qaynar', 20)).toBe(2 * textWidth('Qaynar', 10));
    expect(textWidth('Qaynar', 10, true)).toBeGreaterThan(textWidth('Qaynar', 10));
    expect(textWidth('a\u202eb', 10)).toBe(textWidth('ab', 10));
  });
});

describe('wrapText', () => {
  it('keeps a short text on one line', () => {
    expect(wrapText('2-sektor, Oʻzbekiston tumani', { width: 1000, size: 20, maxLines: 2 })).toEqual([
      '2-sektor, Oʻzbekiston tumani',
    ]);
  });

  it('breaks at spaces into lines that fit', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', {
      width: 150,
      size: 20,
      maxLines: 10,
    });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
    for (const l of lines) expect(textWidth(l, 20)).toBeLessThanOrEqual(150);
  });

  it('cuts a word longer than a line between characters, and ends the last allowed line with …', () => {
    const lines = wrapText('A'.repeat(10_000), { width: 300, size: 20, bold: true, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(l, 20, true)).toBeLessThanOrEqual(300);
  });

  it('does not split a character made of two UTF-16 units', () => {
    const lines = wrapText('𝔘'.repeat(40), { width: 100, size: 20, maxLines: 20 });
    expect(lines.join('')).toBe('𝔘'.repeat(40));
  });
});

describe('wrapText and no-break spaces', () => {
  it('never breaks a number at its no-break thousands space', () => {
    const lines = wrapText('families 38\u00a0977 of 62\u00a0000 families 38\u00a0977 of 62\u00a0000', {
      width: 120,
      size: 20,
      maxLines: 10,
    });
    expect(lines).toContain('38\u00a0977 of');
    expect(lines.join(' ')).toBe('families 38\u00a0977 of 62\u00a0000 families 38\u00a0977 of 62\u00a0000');
  });
});
