import { describe, it, expect } from 'vitest';
import { combineQualifiers, flipQualifier, ratioQualifier } from './qualifier.ts';

describe('combineQualifiers', () => {
  it('keeps exact only when every input is exact', () => {
    expect(combineQualifiers(['exact', 'exact'])).toBe('exact');
    expect(combineQualifiers([])).toBe('exact');
  });
  it('takes the one bound that is there', () => {
    expect(combineQualifiers(['exact', 'at-least'])).toBe('at-least');
    expect(combineQualifiers(['at-most', 'exact', 'at-most'])).toBe('at-most');
  });
  it('gives approximately for opposite bounds or any approximation', () => {
    expect(combineQualifiers(['at-least', 'at-most'])).toBe('approximately');
    expect(combineQualifiers(['approximately', 'exact'])).toBe('approximately');
  });
});

describe('flipQualifier', () => {
  it('swaps lower and upper bounds and keeps the rest', () => {
    expect(flipQualifier('at-least')).toBe('at-most');
    expect(flipQualifier('at-most')).toBe('at-least');
    expect(flipQualifier('exact')).toBe('exact');
  });
});

describe('ratioQualifier', () => {
  it('makes a rate over "more than" residents an upper bound', () => {
    expect(ratioQualifier('exact', 'at-least')).toBe('at-most');
  });
  it('makes a lower-bound part over an exact total a lower bound', () => {
    expect(ratioQualifier('at-least', 'exact')).toBe('at-least');
  });
  it('cannot bound a lower bound over a lower bound', () => {
    expect(ratioQualifier('at-least', 'at-least')).toBe('approximately');
  });
});
