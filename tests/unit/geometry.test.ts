import { describe, expect, test } from 'vitest';
import { activeStepAt, quantizeProgress, triggerRatio, PHONE_BREAKPOINT } from '../../src/components/scrolly/geometry';

const steps = [{ top: 1000 }, { top: 2000 }, { top: 3500 }];
const END = 4500;

describe('activeStepAt', () => {
  test('before the first step crosses the line, the first step is shown but not reached', () => {
    expect(activeStepAt(steps, 999, END)).toEqual({ index: 0, progress: 0, reached: false });
  });

  test('a step becomes active the moment its top reaches the line', () => {
    expect(activeStepAt(steps, 1000, END)).toEqual({ index: 0, progress: 0, reached: true });
    expect(activeStepAt(steps, 2000, END).index).toBe(1);
  });

  test('progress runs from a step top to the next step top', () => {
    expect(activeStepAt(steps, 1250, END).progress).toBeCloseTo(0.25);
    expect(activeStepAt(steps, 2750, END).progress).toBeCloseTo(0.5);
  });

  test('the last step runs to the end of the section, and stays active past it', () => {
    expect(activeStepAt(steps, 4000, END)).toEqual({ index: 2, progress: 0.5, reached: true });
    expect(activeStepAt(steps, 99_999, END)).toEqual({ index: 2, progress: 1, reached: true });
  });

  test('scrolling down, the active index never goes back and visits every step', () => {
    const seen: number[] = [];
    for (let y = 0; y <= END; y += 50) {
      const { index } = activeStepAt(steps, y, END);
      if (seen[seen.length - 1] !== index) seen.push(index);
    }
    expect(seen).toEqual([0, 1, 2]);
  });

  test('zero-height steps do not divide by zero', () => {
    const stacked = [{ top: 100 }, { top: 100 }];
    expect(activeStepAt(stacked, 100, 100)).toEqual({ index: 1, progress: 1, reached: true });
  });

  test('needs steps', () => {
    expect(() => activeStepAt([], 0, 0)).toThrow(/at least one step/);
  });
});

describe('trigger line and progress', () => {
  test('phones trigger lower on the screen than desktops (the graphic sits on top)', () => {
    expect(triggerRatio(PHONE_BREAKPOINT - 1)).toBeGreaterThan(triggerRatio(PHONE_BREAKPOINT));
  });

  test('progress is quantized to 1/200', () => {
    expect(quantizeProgress(0.123456)).toBe(0.125);
    expect(quantizeProgress(1)).toBe(1);
  });
});
