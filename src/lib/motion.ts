/**
 * Motion preference. The inline script in the page head sets <html data-motion> before the
 * first paint, from the reader's saved choice or else the system's prefers-reduced-motion;
 * the header toggle changes it. Charts ask here before they tween.
 */
export const MOTION_STORAGE_KEY = 'two-paths:motion';
export type MotionSetting = 'full' | 'reduce';

export function motionReduced(root: HTMLElement = document.documentElement): boolean {
  return root.dataset['motion'] === 'reduce';
}

/** The setting to use: a saved choice wins over the system preference. */
export function resolveMotion(saved: string | null, systemPrefersReduced: boolean): MotionSetting {
  if (saved === 'full' || saved === 'reduce') return saved;
  return systemPrefersReduced ? 'reduce' : 'full';
}
