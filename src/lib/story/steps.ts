/**
 * Build-time checks on the story's steps: every step id is kebab-case, unique across the
 * whole story, and has a state in the chart of the Scrolly section it sits in.
 */
import { isKebabId } from '../data/fields';

export interface StoryFile {
  file: string;
  source: string;
}

export interface StepUse {
  file: string;
  line: number;
  id: string;
  /** The chart named by the enclosing <Scrolly>, or null when the step sits outside one. */
  chart: string | null;
}

const SCROLLY_OPEN = /<Scrolly\b[^>]*\bchart=["']([^"']+)["'][^>]*>/g;
const STEP_OPEN = /<Step\b[^>]*?\bid=["']([^"']*)["']/g;

/** Finds every <Step id="…"> in an MDX source with its line and enclosing Scrolly chart. */
export function findSteps({ file, source }: StoryFile): StepUse[] {
  const scrollies: { at: number; chart: string; end: number }[] = [];
  for (const match of source.matchAll(SCROLLY_OPEN)) {
    const at = match.index ?? 0;
    const close = source.indexOf('</Scrolly>', at);
    scrollies.push({ at, chart: match[1]!, end: close === -1 ? source.length : close });
  }
  const steps: StepUse[] = [];
  for (const match of source.matchAll(STEP_OPEN)) {
    const at = match.index ?? 0;
    const enclosing = scrollies.find((scrolly) => scrolly.at < at && at < scrolly.end);
    steps.push({ file, line: source.slice(0, at).split('\n').length, id: match[1]!, chart: enclosing?.chart ?? null });
  }
  return steps;
}

/** Returns every problem found; an empty list means the story's steps are sound. */
export function checkStorySteps(files: readonly StoryFile[], chartSteps: Readonly<Record<string, readonly string[]>>): string[] {
  const problems: string[] = [];
  const firstUse = new Map<string, StepUse>();
  for (const step of files.flatMap(findSteps)) {
    const where = `${step.file}:${step.line}, step "${step.id}"`;
    if (!isKebabId(step.id)) problems.push(`${where}: a step id must be kebab-case, e.g. "first-asic"`);
    const earlier = firstUse.get(step.id);
    if (earlier) problems.push(`${where}: duplicate step id (first used at ${earlier.file}:${earlier.line})`);
    else firstUse.set(step.id, step);
    if (step.chart === null) {
      problems.push(`${where}: a <Step> must sit inside a <Scrolly chart="…"> section`);
    } else if (!(step.chart in chartSteps)) {
      problems.push(`${where}: <Scrolly chart="${step.chart}"> names no registered chart (known: ${Object.keys(chartSteps).join(', ')})`);
    } else if (!chartSteps[step.chart]!.includes(step.id)) {
      problems.push(`${where}: chart "${step.chart}" has no state for this step (add it to the chart's state.ts)`);
    }
  }
  return problems;
}
