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
        title: 'From a few laptops to a zettahash: Bitcoin’s network hashrate',
        caption: 'Hashes per second the whole Bitcoin network computes, 2009–2026. Logarithmic scale: each gridline is 1,000 times the one below.',
        note: 'Line: 3-month centred mean of monthly means of daily estimates, which single months can miss by 10–15%. Era bands mark when each kind of hardware arrived, not its share of the network.',
        datasets: hashrateDatasets,
        sources: hashrateSourceIds().map(sourceById),
      };
  }
}
