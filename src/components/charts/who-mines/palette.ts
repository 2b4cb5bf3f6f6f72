/**
 * Colours of the chart's marks, for the light and the dark theme. Pools take the warm Bitcoin
 * family (`second` is the --c-btc token itself), the biggest pool the strongest contrast with
 * the page; everything else, and every mark of an illustration, is a neutral grey. Every colour
 * stands out from the page by at least 3:1 in its theme (tests/unit/who-mines.test.ts).
 */
export const PALETTE = {
  lead: { light: '#7c2d12', dark: '#fed7aa' },
  second: { light: '#b45309', dark: '#f59e0b' },
  third: { light: '#d97706', dark: '#c2410c' },
  neutral: { light: '#8a8780', dark: '#75726c' },
} as const;

export type Swatch = keyof typeof PALETTE;

/** Pools by rank, largest first. */
export const POOL_SWATCHES = ['lead', 'second', 'third'] as const satisfies readonly Swatch[];

/** CSS colours that follow the page's colour scheme (the root declares `color-scheme: light dark`). */
export const MARK_COLORS: Readonly<Record<Swatch, string>> = Object.fromEntries(
  Object.entries(PALETTE).map(([swatch, pair]) => [swatch, `light-dark(${pair.light}, ${pair.dark})`]),
) as Record<Swatch, string>;
