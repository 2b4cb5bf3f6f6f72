/**
 * Build-time loading of the hashrate chart's data (validated; a bad row fails the build).
 * Runs on the server only: the browser receives the result as the island's props.
 */
import { bitcoinMilestones, hardwareEras, hashrateMonthly, loadDataset, sourcesOfRows } from '../../../lib/data/datasets';
import { rollingMean } from '../../../lib/series';
import { timeOf } from '../../../lib/time';
import { SMOOTHING_MONTHS, type HashrateData } from './model';

const EH = 1e18;

export function loadHashrateData(): HashrateData {
  const monthly = loadDataset(hashrateMonthly).map((row) => ({ t: timeOf(row.month), v: row.hashrate_eh_s * EH }));
  return {
    monthly,
    smoothed: rollingMean(monthly, SMOOTHING_MONTHS),
    milestones: loadDataset(bitcoinMilestones).map((row) => ({
      id: row.id,
      date: row.date,
      t: timeOf(row.date),
      label: row.label,
      detail: row.detail,
      sourceId: row.source_id,
    })),
    eras: loadDataset(hardwareEras).map((row) => ({ id: row.id, label: row.label, start: timeOf(row.start), approximate: row.approximate })),
  };
}

/** Every source the chart draws on, for the line under it. */
export function hashrateSourceIds(): string[] {
  return [
    ...new Set([
      ...sourcesOfRows(loadDataset(hashrateMonthly)),
      ...sourcesOfRows(loadDataset(bitcoinMilestones)),
      ...sourcesOfRows(loadDataset(hardwareEras)),
    ]),
  ];
}

export const hashrateDatasets = [hashrateMonthly, bitcoinMilestones, hardwareEras];
