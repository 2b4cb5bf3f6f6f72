/**
 * What the geography chart shows at each step: a pure function of (step, progress).
 * A step names a snapshot; the data decides the bars drawn for it (see model.ts, layout.ts).
 *
 * Why ranked bars and not a map: the sources name only two to five countries per snapshot.
 * A map would colour the whole world and so imply coverage we do not have; a bar per named
 * country, plus one bar for the part the source does not break down, shows exactly what is known.
 */

export const GEOGRAPHY_STEPS = ['china-dominant', 'before-the-ban', 'after-the-ban'] as const;

export type GeographyStepId = (typeof GEOGRAPHY_STEPS)[number];

export interface GeographyState {
  step: GeographyStepId;
  /** The snapshot drawn, YYYY-MM (a month of the country-shares dataset). */
  snapshot: string;
  /** The country the step is about: its label is emphasised. */
  focus: string;
}

export function isGeographyStep(id: string): id is GeographyStepId {
  return (GEOGRAPHY_STEPS as readonly string[]).includes(id);
}

/**
 * The state for a step at a given progress (0..1). No step scrubs: progress is accepted for
 * the common chart contract and ignored. An unknown step id gives the first step's state.
 */
export function stateFor(stepId: string, _progress = 0): GeographyState {
  const step: GeographyStepId = isGeographyStep(stepId) ? stepId : GEOGRAPHY_STEPS[0];
  switch (step) {
    case 'china-dominant':
      return { step, snapshot: '2019-09', focus: 'China' };
    case 'before-the-ban':
      return { step, snapshot: '2021-04', focus: 'China' };
    case 'after-the-ban':
      return { step, snapshot: '2021-08', focus: 'United States' };
  }
}
