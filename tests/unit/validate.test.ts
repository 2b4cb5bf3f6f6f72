import { describe, expect, test } from 'vitest';
import { DataValidationError } from '../../src/lib/data/validate';
import { bitcoinMilestones, hashrateMonthly, loadDataset } from '../../src/lib/data/datasets';
import { parseSources } from '../../src/lib/data/sources';

function problemsOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return (error as Error).message;
  }
  throw new Error('expected a DataValidationError');
}

const header = 'month,hashrate_eh_s,samples,source_id\n';

describe('dataset rows', () => {
  test('a valid file loads, with numbers parsed', () => {
    const rows = loadDataset(hashrateMonthly, `${header}2009-01,4.3e-12,10,mattk8-mining-data\n2009-02,6.1e-12,9,mattk8-mining-data\n`);
    expect(rows).toEqual([
      { month: '2009-01', hashrate_eh_s: 4.3e-12, samples: 10, source_id: 'mattk8-mining-data' },
      { month: '2009-02', hashrate_eh_s: 6.1e-12, samples: 9, source_id: 'mattk8-mining-data' },
    ]);
  });

  test('a malformed number names the file, the line and the field', () => {
    const message = problemsOf(() => loadDataset(hashrateMonthly, `${header}2009-01,4.3e-12,10,mattk8-mining-data\n2009-02,lots,9,mattk8-mining-data\n`));
    expect(message).toContain('src/data/bitcoin-hashrate-monthly.csv');
    expect(message).toContain('line 3, field "hashrate_eh_s": expected a number, got "lots"');
  });

  test('a malformed date is rejected', () => {
    const message = problemsOf(() => loadDataset(hashrateMonthly, `${header}2009-13,1,10,mattk8-mining-data\n`));
    expect(message).toContain('line 2, field "month": expected a month as YYYY-MM, got "2009-13"');
  });

  test('an impossible day is rejected', () => {
    const text = 'id,date,label,detail,source_id\nx,2021-02-30,A,B,mattk8-mining-data\n';
    expect(problemsOf(() => loadDataset(bitcoinMilestones, text))).toContain('line 2, field "date": expected a date as YYYY-MM-DD or YYYY-MM, got "2021-02-30"');
  });

  test('a row without a registered source is rejected', () => {
    const message = problemsOf(() => loadDataset(hashrateMonthly, `${header}2009-01,1,10,my-guess\n`));
    expect(message).toContain('line 2, field "source_id": unknown source "my-guess"');
  });

  test('a row with an empty source is rejected', () => {
    const message = problemsOf(() => loadDataset(hashrateMonthly, `${header}2009-01,1,10,\n`));
    expect(message).toMatch(/line 2, field "source_id"/);
  });

  test('every bad cell is reported at once', () => {
    const message = problemsOf(() => loadDataset(hashrateMonthly, `${header}2009-01,x,10,mattk8-mining-data\n2009-02,1,-3,mattk8-mining-data\n`));
    expect(message).toContain('line 2, field "hashrate_eh_s"');
    expect(message).toContain('line 3, field "samples"');
  });

  test('negative hashrate is rejected', () => {
    expect(problemsOf(() => loadDataset(hashrateMonthly, `${header}2009-01,-1,10,mattk8-mining-data\n`))).toContain('expected a positive number');
  });

  test('a missing column is named', () => {
    const message = problemsOf(() => loadDataset(hashrateMonthly, 'month,hashrate_eh_s,samples\n2009-01,1,10\n'));
    expect(message).toContain('header: missing column "source_id"');
  });

  test('duplicate and out-of-order months are rejected', () => {
    const message = problemsOf(() =>
      loadDataset(hashrateMonthly, `${header}2009-02,1,10,mattk8-mining-data\n2009-01,1,10,mattk8-mining-data\n2009-01,1,10,mattk8-mining-data\n`),
    );
    expect(message).toContain('line 4, field "month": duplicate "2009-01" (first on line 3)');
    expect(message).toContain('line 3, field "month": months must be in increasing order');
  });

  test('an empty file is rejected', () => {
    expect(problemsOf(() => loadDataset(hashrateMonthly, header))).toContain('no rows');
  });
});

describe('source registry', () => {
  const good = { id: 'a-source', publisher: 'P', title: 'T', url: 'https://example.org/a', accessed: '2026-11-25' };

  test('accepts a complete entry', () => {
    expect(parseSources([good], 'sources.json')).toEqual([good]);
  });

  test('rejects a missing publisher, a relative URL and a bad date, naming the entry and field', () => {
    const message = problemsOf(() => parseSources([{ ...good, publisher: '', url: '/relative', accessed: 'last week' }], 'src/data/sources.json'));
    expect(message).toContain('src/data/sources.json');
    expect(message).toContain('entry 1 ("a-source"), field "publisher"');
    expect(message).toContain('entry 1 ("a-source"), field "url"');
    expect(message).toContain('entry 1 ("a-source"), field "accessed"');
  });

  test('rejects duplicate ids and unknown fields', () => {
    expect(problemsOf(() => parseSources([good, good], 'f'))).toContain('entry 2 ("a-source"), field "id": duplicate source id');
    expect(problemsOf(() => parseSources([{ ...good, autor: 'x' }], 'f'))).toContain('entry 1 ("a-source")');
  });

  test('rejects a file that is not a list', () => {
    expect(problemsOf(() => parseSources({ sources: [] }, 'f'))).toContain('expected a JSON array');
  });
});

describe('share datasets', () => {
  test('shares of one snapshot may not add up to more than 100%', async () => {
    const { poolShares } = await import('../../src/lib/data/datasets');
    const text = 'snapshot,pool,share_pct,approximate,source_id\n2025-03-20,A,60,false,mempool-pools-2025\n2025-03-20,B,50,false,mempool-pools-2025\n';
    expect(problemsOf(() => loadDataset(poolShares, text))).toContain('snapshot 2025-03-20: shares add up to 110%, more than 100%');
  });

  test('a share above 100 is rejected on its line', async () => {
    const { countryShares } = await import('../../src/lib/data/datasets');
    const text = 'snapshot,country,share_pct,approximate,source_id\n2021-08,X,120,false,ccaf-jbs-ft-2021\n';
    expect(problemsOf(() => loadDataset(countryShares, text))).toContain('line 2, field "share_pct": expected a percentage from 0 to 100, got "120"');
  });
});
