/**
 * The sizes a still chart picture is drawn at. A still (live = false: the no-JS picture in
 * each step's <noscript>, the /charts/<name>/ pages) is never measured, so instead of one
 * picture scaled by its viewBox, whose text shrinks to a few px on a phone, it is drawn at
 * each of a few widths and StillPictures.svelte shows, by a container query, the one whose
 * band holds the container's width: text stays within about 10% of its real size.
 *
 * The container widths where the bands meet (STILL_BREAKPOINTS) are written once more, as
 * numbers, in StillPictures.svelte's CSS (container queries cannot read variables).
 */

/** Container widths (px) where a still picture may give way to the next one: bands 0..3. */
export const STILL_BREAKPOINTS = [450, 680, 950] as const;

export interface StillSize {
  /** Name of the picture, unique among its sizes: "w340". Use it in the picture's ids. */
  key: string;
  width: number;
  height: number;
  /** Shown while the container is narrower than this (px): a breakpoint, or Infinity for the last. */
  upTo: number;
}

/**
 * The ladder every chart uses unless it needs its own heights: one picture per band, each
 * drawn near the width of the containers it is shown in. The heights fit the boxes stills
 * are shown in (a step's still is 18rem tall, a /charts/ picture 20rem), so the pictures
 * are scaled by about 0.95–1.05 there; the phone picture is a little shorter, for the
 * shorter box left to a picture inside a full figure (caption and sources around it).
 */
export const STILL_SIZES: readonly StillSize[] = stillSizes([
  { width: 340, height: 260 },
  { width: 560, height: 280 },
  { width: 800, height: 300 },
]);

/**
 * Still sizes from widths and heights, narrowest first: each is shown up to the breakpoint
 * above its width, the last one from there on. `upTo` may be given to let a picture cover
 * more than one band (a chart drawn at fewer sizes); it must be a breakpoint.
 */
export function stillSizes(sizes: readonly { width: number; height: number; upTo?: number }[]): StillSize[] {
  const result = sizes.map((size, index) => {
    const last = index === sizes.length - 1;
    const upTo = last ? Infinity : (size.upTo ?? STILL_BREAKPOINTS.find((breakpoint) => breakpoint > size.width) ?? Infinity);
    return { key: `w${size.width}`, width: size.width, height: size.height, upTo };
  });
  result.forEach((size, index) => {
    const previous = result[index - 1];
    if (size.upTo !== Infinity && !(STILL_BREAKPOINTS as readonly number[]).includes(size.upTo)) throw new Error(`still size ${size.key}: upTo ${size.upTo} is not one of ${STILL_BREAKPOINTS.join(', ')}`);
    if (previous && !(previous.width < size.width && previous.upTo < size.upTo)) throw new Error(`still sizes must be given narrowest first, each shown up to a wider container: ${previous.key}, ${size.key}`);
  });
  return result;
}

/** The bands (0..STILL_BREAKPOINTS.length) in which each size is the one shown. */
export function stillBands(sizes: readonly StillSize[]): number[][] {
  const bandOf = (width: number) => STILL_BREAKPOINTS.filter((breakpoint) => breakpoint <= width).length;
  return sizes.map((size, index) => {
    const from = index === 0 ? 0 : bandOf(sizes[index - 1]!.upTo);
    const to = size.upTo === Infinity ? STILL_BREAKPOINTS.length : bandOf(size.upTo) - 1;
    return Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
  });
}
