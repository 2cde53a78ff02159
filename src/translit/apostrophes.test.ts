import { describe, it, expect } from 'vitest';
import {
  APOSTROPHE_RE,
  APOSTROPHE_VARIANTS,
  foldApostrophes,
  isApostrophe,
  normalizeUzLatin,
  OKINA,
  TUTUQ,
} from './apostrophes.ts';

describe('normalizeUzLatin', () => {
  it('turns every typed variant after o/g into ʻ (U+02BB)', () => {
    for (const a of APOSTROPHE_VARIANTS) {
      expect(normalizeUzLatin(`O${a}zbekiston`)).toBe('O\u02BBzbekiston');
      expect(normalizeUzLatin(`Farg${a}ona`)).toBe('Farg\u02BBona');
    }
  });

  it('fixes oʼ typed with U+02BC', () => {
    expect(normalizeUzLatin('O\u02BCzbekiston')).toBe('O\u02BBzbekiston');
  });

  it('uses ʼ (U+02BC) between other letters', () => {
    for (const a of APOSTROPHE_VARIANTS) {
      expect(normalizeUzLatin(`ma${a}muriy`)).toBe('ma\u02BCmuriy');
    }
    expect(normalizeUzLatin('ta\u02BBlim')).toBe('ta\u02BClim');
  });

  it('handles capitals and several marks in one word', () => {
    expect(normalizeUzLatin("O'G'IL")).toBe('O\u02BBG\u02BBIL');
    expect(normalizeUzLatin("Qo'rg'ontepa")).toBe('Qo\u02BBrg\u02BBontepa');
  });

  it('treats a word-final mark after g as gʻ', () => {
    expect(normalizeUzLatin("tog' va bog'")).toBe('tog\u02BB va bog\u02BB');
  });

  it('leaves quotes around a word alone', () => {
    expect(normalizeUzLatin("'Qaynar' mahallasi")).toBe("'Qaynar' mahallasi");
    expect(normalizeUzLatin('‘Qaynar’')).toBe('‘Qaynar’');
    expect(normalizeUzLatin("'Tog'")).toBe("'Tog'");
    expect(normalizeUzLatin("'Navo'")).toBe("'Navo'");
  });

  it('leaves stand-alone marks and non-word contexts alone', () => {
    expect(normalizeUzLatin("' ` 5'")).toBe("' ` 5'");
    expect(normalizeUzLatin('')).toBe('');
  });

  it('is idempotent', () => {
    const once = normalizeUzLatin("O'zbekiston, ma'muriy, tog'");
    expect(normalizeUzLatin(once)).toBe(once);
  });
});

describe('foldApostrophes', () => {
  it('removes all variants', () => {
    expect(foldApostrophes(`O${OKINA}zbekiston ma${TUTUQ}muriy`)).toBe('Ozbekiston mamuriy');
    expect(foldApostrophes("a'b`c’d‘eʻfʼg´h")).toBe('abcdefgh');
  });

  it('keeps other characters', () => {
    expect(foldApostrophes('«Qaynar» 12-uy')).toBe('«Qaynar» 12-uy');
  });
});

describe('APOSTROPHE_RE', () => {
  it('matches exactly the listed variants', () => {
    expect(APOSTROPHE_VARIANTS.join('').replace(APOSTROPHE_RE, '')).toBe('');
    expect('"«»-'.replace(APOSTROPHE_RE, '')).toBe('"«»-');
  });
});

describe('isApostrophe', () => {
  it('recognises variants only', () => {
    expect(isApostrophe('\u02BB')).toBe(true);
    expect(isApostrophe('"')).toBe(false);
    expect(isApostrophe(undefined)).toBe(false);
  });
});
