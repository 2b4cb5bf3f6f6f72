/**
 * Which step is active, derived from geometry alone. Nothing accumulates: the same scroll
 * position always gives the same answer, however the reader got there (slow scroll, fast
 * fling, jump, resize), which is why engines driven by enter/exit events drift and this does not.
 */

export interface StepPosition {
  /** Top of the step in document coordinates (px from the top of the page). */
  top: number;
}

export interface ActiveStep {
  /** Index of the active step; 0 before the first step reaches the trigger line. */
  index: number;
  /** 0..1 through the active step (0 before it is reached). */
  progress: number;
  /** False while the trigger line is still above the first step. */
  reached: boolean;
}

/**
 * The active step is the last one whose top has crossed the trigger line. Its progress runs
 * from its own top to the next step's top (or, for the last step, to `end`, the bottom of
 * the section), so progress is continuous and reaches 1 exactly when the next step begins.
 */
export function activeStepAt(steps: readonly StepPosition[], triggerY: number, end: number): ActiveStep {
  if (steps.length === 0) throw new Error('activeStepAt needs at least one step');
  let index = -1;
  for (let i = 0; i < steps.length; i += 1) {
    if (steps[i]!.top <= triggerY) index = i;
    else break;
  }
  if (index === -1) return { index: 0, progress: 0, reached: false };
  const top = steps[index]!.top;
  const next = steps[index + 1]?.top ?? end;
  const span = next - top;
  const progress = span > 0 ? clamp01((triggerY - top) / span) : 1;
  return { index, progress, reached: true };
}

/** Where the trigger line sits, as a share of the viewport's height, for a layout width. */
export function triggerRatio(viewportWidth: number): number {
  return viewportWidth < PHONE_BREAKPOINT ? 0.62 : 0.55;
}

/** Below this width the graphic sits on top and the step cards scroll over it. */
export const PHONE_BREAKPOINT = 768;

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Progress is reported in steps of 1/200: finer changes draw nothing new but cost renders. */
export function quantizeProgress(progress: number): number {
  return Math.round(progress * 200) / 200;
}
