/**
 * Moves a chart's numeric view from where it is to a target with GSAP. The target always
 * comes from a state function, so an interrupted tween simply heads for the new target:
 * nothing accumulates, and with reduced motion the view jumps straight to the target.
 */
import { gsap } from 'gsap';
import { motionReduced } from '../../lib/motion';

export const TRANSITION_SECONDS = 0.7;

export function createViewTween<View extends { [Key in keyof View]: number }>(initial: View, apply: (view: View) => void) {
  const current = { ...initial };
  let tween: gsap.core.Tween | null = null;
  return {
    /**
     * Animate to `target`, or jump there when `animate` is false (a scrub) or motion is
     * reduced. A scrub that arrives while a transition is playing joins it instead.
     */
    to(target: View, animate: boolean) {
      const running = tween?.isActive() ? tween : null;
      tween?.kill();
      tween = null;
      if (motionReduced()) {
        Object.assign(current, target);
        apply({ ...current });
        return;
      }
      if (animate || running) {
        // A scrub update during a step change re-aims the running tween instead of cutting
        // it short: the reader keeps scrolling while the transition plays.
        const duration = animate || !running ? TRANSITION_SECONDS : Math.max(0.05, running.duration() - running.time());
        tween = gsap.to(current, {
          ...target,
          duration,
          ease: animate ? 'power2.inOut' : 'power2.out',
          onUpdate: () => apply({ ...current }),
        });
        return;
      }
      Object.assign(current, target);
      apply({ ...current });
    },
    destroy() {
      tween?.kill();
    },
  };
}
