/**
 * Build-time loading of the efficiency chart's data (validated; a bad row fails the build).
 * Runs on the server only: the browser receives the result as the island's props.
 */
import { hashrateMonthly, miningHardware, sourcesOfRows } from '../../../lib/data/datasets';
import { timeOf } from '../../../lib/time';
import { THS_PER_EHS, type EfficiencyData, type NetworkYear } from './model';

/** The year whose network the one-machine step compares with. */
export const NETWORK_YEAR = 2009;

function networkRows(year: number) {
  return hashrateMonthly.load().filter((row) => row.month.startsWith(`${year}-`));
}

/** The mean of a year's monthly means, in TH/s. */
export function networkYear(year: number): NetworkYear {
  const rows = networkRows(year);
  if (rows.length === 0) throw new Error(`Efficiency chart: no network hashrate for ${year}`);
  const meanEhs = rows.reduce((sum, row) => sum + row.hashrate_eh_s, 0) / rows.length;
  return { year, meanThs: meanEhs * THS_PER_EHS, months: rows.length };
}

export function loadEfficiencyData(): EfficiencyData {
  const devices = miningHardware
    .load()
    .map((row) => ({
      id: row.id,
      device: row.device,
      kind: row.kind,
      date: row.date,
      t: timeOf(row.date),
      hashrateThs: row.hashrate_ths ?? null,
      powerW: row.power_w ?? null,
      joulesPerTh: row.efficiency_j_per_th,
      derived: row.derived,
      sourceId: row.source_id,
    }))
    .sort((a, b) => a.t - b.t);
  return { devices, network: networkYear(NETWORK_YEAR) };
}

/** Every source the chart draws on, for the line under it. */
export function efficiencySourceIds(): string[] {
  return [...new Set([...sourcesOfRows(miningHardware.load()), ...sourcesOfRows(networkRows(NETWORK_YEAR))])];
}

export const efficiencyDatasets = [miningHardware, hashrateMonthly];
