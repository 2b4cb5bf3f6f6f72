/**
 * The numbers the chapter's text states, recomputed from the datasets. If the data or the
 * text changes, this fails until they agree again.
 */
import { describe, expect, test } from 'vitest';
import { hashrateMonthly, loadDataset } from '../../src/lib/data/datasets';
import { storyFiles } from '../../src/lib/story/check';
import { formatHashrate, formatPowerOfTen, significant } from '../../src/lib/format';

const monthly = loadDataset(hashrateMonthly);
const chapter = storyFiles().find((file) => file.file.endsWith('01-bitcoin.mdx'))!.source.replace(/\s+/g, ' ');
const EH = 1e18;

function yearlyMean(year: number): number {
  const months = monthly.filter((row) => row.month.startsWith(`${year}-`));
  expect(months).toHaveLength(12);
  return (months.reduce((sum, row) => sum + row.hashrate_eh_s, 0) / months.length) * EH;
}
const month = (id: string) => monthly.find((row) => row.month === id)!.hashrate_eh_s;
const firstMonthAtLeast = (ehs: number) => monthly.find((row) => row.hashrate_eh_s >= ehs)!.month;

describe('chapter 1 numbers match the data', () => {
  test('2009 averaged about 4.5 MH/s', () => {
    expect(formatHashrate(yearlyMean(2009))).toBe('4.5 MH/s');
    expect(chapter).toContain('(4.5 MH/s)');
  });

  test("2010's average was more than 3,000 times 2009's", () => {
    expect(yearlyMean(2010) / yearlyMean(2009)).toBeGreaterThan(3000);
    expect(chapter).toContain('more than 3,000 times that of 2009');
  });

  test('1 EH/s was first passed in early 2016', () => {
    expect(firstMonthAtLeast(1).slice(0, 4)).toBe('2016');
    expect(chapter).toContain('by early 2016 the network passed one *exahash*');
  });

  test('the China ban: about 156 EH/s in May 2021 to about 93 EH/s in July, roughly 40%', () => {
    expect(significant(month('2021-05'), 3)).toBe('156');
    expect(Math.round(month('2021-07'))).toBe(93);
    const drop = 1 - month('2021-07') / month('2021-05');
    expect(drop).toBeGreaterThan(0.35);
    expect(drop).toBeLessThan(0.45);
    expect(chapter).toContain('about 156 EH/s in May to about 93 EH/s in July, a drop of roughly 40%');
  });

  test('the monthly mean first passed 1 ZH/s in September 2025', () => {
    expect(firstMonthAtLeast(1000)).toBe('2025-09');
    expect(chapter).toContain('the monthly mean followed in September');
  });

  test('2025 averaged roughly 2 × 10¹⁴ times 2009', () => {
    expect(formatPowerOfTen(yearlyMean(2025) / yearlyMean(2009), 1)).toBe('2 × 10¹⁴');
    expect(chapter).toContain('(2 × 10¹⁴)');
  });
});
