/**
 * Whole units in proportion to weights: the largest-remainder (Hamilton) method. Used to
 * turn percentages into "1 mark = 1%" counts that add up to exactly the number of marks.
 *
 * Each weight first gets the whole part of its exact quota (weight / sum × total); the units
 * left over go, one each, to the largest fractional remainders. Remainders within 1e-9 of each
 * other count as equal (so floating-point noise never decides), and then the earlier weight
 * wins. A weight of zero never receives a unit.
 */
const TIE = 1e-9;

export function apportion(weights: readonly number[], total: number): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`apportion: total must be a whole number of 0 or more, got ${total}`);
  for (const [index, weight] of weights.entries()) {
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`apportion: weight ${index} must be a finite number of 0 or more, got ${weight}`);
  }
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (total === 0) return weights.map(() => 0);
  if (sum <= 0) throw new RangeError('apportion: at least one weight must be positive');

  const quotas = weights.map((weight) => (weight / sum) * total);
  const counts = quotas.map((quota) => Math.floor(quota + TIE));
  const remainders = quotas.map((quota, index) => Math.max(0, quota - counts[index]!));
  let left = total - counts.reduce((acc, count) => acc + count, 0);

  const order = weights
    .map((_, index) => index)
    .filter((index) => weights[index]! > 0)
    .sort((a, b) => {
      const difference = remainders[b]! - remainders[a]!;
      return Math.abs(difference) > TIE ? difference : a - b;
    });
  // `left` is less than the number of positive remainders (they add up to it and each is
  // below 1); the loop wraps round only if floating-point noise says otherwise.
  for (let i = 0; left > 0; i = (i + 1) % order.length) {
    const index = order[i]!;
    counts[index] = (counts[index] ?? 0) + 1;
    left -= 1;
  }
  return counts;
}
