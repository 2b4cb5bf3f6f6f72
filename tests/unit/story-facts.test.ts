/**
 * The numbers the chapter's text states, recomputed from the datasets. If the data or the
 * text changes, this fails until they agree again.
 */
import { describe, expect, test } from 'vitest';
import { countryShares, hashrateMonthly, loadDataset, miningHardware, poolShares } from '../../src/lib/data/datasets';
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

describe('chapter 1 numbers about hardware, pools and places match the data', () => {
  const hardware = miningHardware.load();
  const device = (id: string) => hardware.find((row) => row.id === id)!;
  const pools = poolShares.load();
  const countries = countryShares.load();

  test('efficiency: about 6,700 J/TH for the Avalon, 98 for the S9, close to seventy times less', () => {
    expect(Math.round(device('avalon-batch-1').efficiency_j_per_th / 100) * 100).toBe(6700);
    expect(device('antminer-s9').efficiency_j_per_th).toBe(98);
    const factor = device('avalon-batch-1').efficiency_j_per_th / device('antminer-s9').efficiency_j_per_th;
    expect(factor).toBeGreaterThan(65);
    expect(factor).toBeLessThan(70);
    expect(chapter).toContain('about 6,700 joules per terahash');
    expect(chapter).toContain('close to seventy times less');
  });

  test('efficiency: the later ASICs and the early kinds as stated', () => {
    expect(chapter).toContain(`the S19 Pro of 2020 needed ${device('antminer-s19-pro').efficiency_j_per_th} J/TH`);
    expect(chapter).toContain(`the S21 of 2023 ${device('antminer-s21').efficiency_j_per_th}`);
    expect(chapter).toContain(`rated at ${device('antminer-s23-hydro').efficiency_j_per_th}`);
    expect(chapter).toContain(`about ${significant(device('radeon-hd-6990').efficiency_j_per_th, 2)}`);
    expect(chapter).toContain(`about ${significant(device('spartan-6-board').efficiency_j_per_th, 2)}`);
  });

  test('one S21: millions of 2010 CPUs, tens of millions of 2009 networks', () => {
    const s21 = device('antminer-s21').hashrate_ths!;
    expect(s21).toBe(200);
    const cpus = s21 / device('phenom-ii-x6').hashrate_ths!;
    expect(cpus).toBeGreaterThan(1e6);
    expect(cpus).toBeLessThan(1e7);
    const networks = (s21 * 1e12) / yearlyMean(2009);
    expect(networks).toBeGreaterThan(1e7);
    expect(networks).toBeLessThan(1e8);
    expect(chapter).toContain('That is millions of 2010 desktop processors, and tens of millions');
  });

  test('pools: 2025 shares, top two and top three', () => {
    const march = pools.filter((row) => row.snapshot === '2025-03-20').sort((a, b) => b.share_pct - a.share_pct);
    for (const row of march) expect(chapter).toContain(`${row.share_pct}%`);
    expect((march[0]!.share_pct + march[1]!.share_pct).toFixed(1)).toBe('51.8');
    expect((march[0]!.share_pct + march[1]!.share_pct + march[2]!.share_pct).toFixed(1)).toBe('65.5');
    expect(chapter).toContain('Two pools together: 51.8%. Three: 65.5%.');
  });

  test('pools: 2014 and 2022 as stated', () => {
    const ghash = pools.find((row) => row.pool === 'GHash.io')!;
    expect(ghash.approximate).toBe(true);
    expect(chapter).toContain(`held about ${ghash.share_pct}%`);
    const december = pools.filter((row) => row.snapshot === '2022-12');
    expect(december.reduce((sum, row) => sum + row.share_pct, 0)).toBeGreaterThan(50);
    expect(chapter).toContain(`Foundry USA (${december.find((row) => row.pool === 'Foundry USA')!.share_pct}%)`);
    expect(chapter).toContain(`AntPool (about ${december.find((row) => row.pool === 'AntPool')!.share_pct}%)`);
  });

  test('countries: the shares the text quotes', () => {
    const share = (snapshot: string, country: string) => countries.find((row) => row.snapshot === snapshot && row.country === country)!.share_pct;
    expect(Math.round(share('2019-09', 'China'))).toBe(76);
    expect(chapter).toContain('China had about three quarters of it');
    expect(chapter).toContain(`The United States had about ${share('2019-09', 'United States')}%`);
    expect(chapter).toContain(`China's share had fallen to ${share('2021-04', 'China')}%; the United States had risen to ${share('2021-04', 'United States')}%`);
    expect(chapter).toContain(`States led with ${share('2021-08', 'United States')}%`);
    expect(share('2021-08', 'Kazakhstan')).toBeGreaterThan(share('2021-08', 'Russia'));
  });
});
