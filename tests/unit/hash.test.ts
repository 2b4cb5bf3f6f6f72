import { describe, expect, test } from 'vitest';
import { decodeHash, stepIdFromHash, urlForStep } from '../../src/lib/url/hash';

const known = ['one-laptop', 'china-ban-dip'];

describe('stepIdFromHash', () => {
  test('finds a known step', () => {
    expect(stepIdFromHash('#china-ban-dip', known)).toBe('china-ban-dip');
  });

  test('unknown, empty or malformed hashes give null (the story opens at the top)', () => {
    expect(stepIdFromHash('#no-such-step', known)).toBeNull();
    expect(stepIdFromHash('', known)).toBeNull();
    expect(stepIdFromHash('#', known)).toBeNull();
    expect(stepIdFromHash('#%E0%A4%A', known)).toBeNull();
  });

  test('percent-encoding is decoded', () => {
    expect(decodeHash('#one%2Dlaptop')).toBe('one-laptop');
    expect(stepIdFromHash('#one%2Dlaptop', known)).toBe('one-laptop');
  });

  test('works without the leading #', () => {
    expect(stepIdFromHash('one-laptop', known)).toBe('one-laptop');
  });
});

describe('urlForStep', () => {
  test('keeps path and query, replaces the hash', () => {
    expect(urlForStep({ pathname: '/two-paths/', search: '?lang=en' }, 'one-laptop')).toBe('/two-paths/?lang=en#one-laptop');
  });

  test('no step, no hash', () => {
    expect(urlForStep({ pathname: '/', search: '' }, null)).toBe('/');
  });
});
