/**
 * What every tweening chart shares: the step and progress it shows, and the numeric view
 * that GSAP moves towards that step's target. A still chart (live = false) keeps its first
 * step; a live one calls follow() from onMount to track its scrolly section.
 */
import { followSteps } from '../scrolly/follow';
import { createViewTween } from './tween';

export class LiveView<View extends { [Key in keyof View]: number }> {
  step = $state('');
  progress = $state(0);
  view = $state() as View;
  readonly #viewOf: (step: string, progress: number) => View;

  constructor(step: string, progress: number, viewOf: (step: string, progress: number) => View) {
    this.#viewOf = viewOf;
    this.step = step;
    this.progress = progress;
    this.view = viewOf(step, progress);
  }

  /** Follows the scrolly section around `root`; returns the cleanup, for onMount. */
  follow(root: Element): () => void {
    const tween = createViewTween(this.view, (next) => (this.view = next));
    const stop = followSteps(root, (change, animate) => {
      this.step = change.step;
      this.progress = change.progress;
      tween.to(this.#viewOf(change.step, change.progress), animate);
    });
    return () => {
      stop();
      tween.destroy();
    };
  }
}
