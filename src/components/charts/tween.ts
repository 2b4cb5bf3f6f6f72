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
    /** Animate to `target`, or jump there when `animate` is false or motion is reduced. */
    to(target: View, animate: boolean) {
      tween?.kill();
      tween = null;
      if (!animate || motionReduced()) {
        Object.assign(current, target);
        apply({ ...current });
        return;
      }
      tween = gsap.to(current, {
        ...target,
        duration: TRANSITION_SECONDS,
        ease: 'power2.inOut',
        onUpdate: () => apply({ ...current }),
      });
    },
    destroy() {
      tween?.kill();
    },
  };
}
