/**
 * Runs the story-wide step checks over the MDX files at build time.
 */
import { chartSteps } from '../../components/charts/registry';
import { checkStorySteps, type StoryFile } from './steps';

const raw = import.meta.glob<string>('../../content/story/*.mdx', { query: '?raw', import: 'default', eager: true });

export function storyFiles(): StoryFile[] {
  return Object.entries(raw).map(([path, source]) => ({ file: path.replace('../../', 'src/'), source }));
}

/** Throws one error listing every problem, so the build names each file, line and step. */
export function assertStoryIsSound(files: readonly StoryFile[] = storyFiles()): void {
  const problems = checkStorySteps(files, chartSteps);
  if (problems.length > 0) throw new Error(`The story's steps have problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}
