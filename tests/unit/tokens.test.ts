/**
 * Colour tokens meet WCAG AA in both themes: 4.5:1 for text, 3:1 for marks and focus rings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--(c-[a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1]!, match[2]!]));
}
const light = tokens(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...tokens(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const text = ['c-ink', 'c-muted', 'c-link', 'c-accent-ink', 'c-btc'];
const marks = ['c-btc', 'c-ai', 'c-accent', 'c-focus'];

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('%s theme', (_name, theme) => {
  test.each(text)('%s is readable text on the page and on surfaces (4.5:1)', (token) => {
    for (const background of ['c-bg', 'c-surface']) {
      expect(contrast(theme[token]!, theme[background]!), `${token} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  test.each(marks)('%s stands out as a mark (3:1)', (token) => {
    expect(contrast(theme[token]!, theme['c-bg']!)).toBeGreaterThanOrEqual(3);
  });

  test('muted labels stay readable on the focused era band', () => {
    expect(contrast(theme['c-muted']!, theme['c-btc-soft']!)).toBeGreaterThanOrEqual(4.5);
  });

  test('the line stays visible on every era band', () => {
    for (const band of ['c-band', 'c-band-alt', 'c-btc-soft']) expect(contrast(theme['c-btc']!, theme[band]!), band).toBeGreaterThanOrEqual(3);
  });
});
