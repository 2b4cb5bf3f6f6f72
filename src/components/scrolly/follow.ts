/**
 * The contract between the scroll engine and the charts: the engine sets
 * data-active-step / data-progress on the sticky graphic and dispatches STEP_EVENT on the
 * section; a chart follows them from wherever it sits inside the section.
 */
export const STEP_EVENT = 'scrolly:step';

export interface StepChange {
  step: string;
  progress: number;
}

/** Calls `onChange` now with the section's current step, then on every change. */
export function followScrolly(node: Element, onChange: (change: StepChange) => void): () => void {
  const section = node.closest<HTMLElement>('[data-scrolly]');
  const graphic = section?.querySelector<HTMLElement>('[data-scrolly-graphic]');
  if (!section || !graphic) return () => {};
  const step = graphic.dataset['activeStep'];
  if (step) onChange({ step, progress: Number(graphic.dataset['progress'] ?? 0) || 0 });
  const listener = (event: Event) => onChange((event as CustomEvent<StepChange>).detail);
  section.addEventListener(STEP_EVENT, listener);
  return () => section.removeEventListener(STEP_EVENT, listener);
}

/**
 * followScrolly for charts that animate: also says whether to animate this change. A new
 * step animates; progress inside a step scrubs (follows the scroll exactly); and the first
 * state after load is drawn at once, so a deep link never replays earlier steps.
 */
export function followSteps(node: Element, onChange: (change: StepChange, animate: boolean) => void): () => void {
  let shownStep: string | null = null;
  return followScrolly(node, (change) => {
    const animate = shownStep !== null && change.step !== shownStep;
    shownStep = change.step;
    onChange(change, animate);
  });
}
