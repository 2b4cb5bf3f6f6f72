/**
 * What the page needs to know about each chart besides its picture: title, caption,
 * datasets and sources. Server-side only (it loads and validates data).
 */
import { sourceById } from '../../lib/data/datasets';
import type { Source } from '../../lib/data/sources';
import { hashrateDatasets, hashrateSourceIds } from './hashrate/data';
import type { ChartName } from './registry';

export interface ChartEntry {
  title: string;
  caption: string;
  /** Method notes shown with the sources. */
  note?: string;
  datasets: readonly { id: string; title: string; columns: readonly { name: string; unit?: string; meaning: string }[] }[];
  sources: Source[];
}

export function chartEntry(name: ChartName): ChartEntry {
  switch (name) {
    case 'hashrate':
      return {
        title: 'Bitcoin’s network hashrate, 2009–2026',
        caption: 'Hashes per second, all miners combined, on a logarithmic scale: equal distances up the axis are equal multiples.',
        note: 'Line: 3-month centred mean of monthly means of daily estimates, which single months can miss by 10–15%. Shaded bands mark when each kind of hardware arrived, not its share of the network; a dashed edge means the start date is approximate.',
        datasets: hashrateDatasets,
        sources: hashrateSourceIds().map(sourceById),
      };
  }
}
