import { describe, expect, test } from 'vitest';
import { sourceUses, unusedSources } from '../../src/lib/story/source-uses';

describe('sourceUses', () => {
  const chapters = [
    { slug: 'ai', title: 'AI', order: 2, sources: ['b'], charts: ['frontier'] },
    { slug: 'bitcoin', title: 'Bitcoin', order: 1, sources: ['a'], charts: ['hashrate'] },
  ];
  const charts = [
    { name: 'hashrate', title: 'Hashrate', sources: ['a', 'c'] },
    { name: 'frontier', title: 'Frontier', sources: ['a'] },
    { name: 'unused-chart', title: 'Nowhere', sources: ['d'] },
  ];
  const uses = sourceUses(['a', 'b', 'c', 'd'], chapters, charts);

  test('a source is listed under the first chapter that uses it, with everything it supports', () => {
    expect(uses.get('a')).toEqual({ chapter: 'bitcoin', supports: ['the text of “Bitcoin”', 'the chart “Hashrate”', 'the chart “Frontier”'] });
  });

  test('chart-only and text-only sources', () => {
    expect(uses.get('c')).toEqual({ chapter: 'bitcoin', supports: ['the chart “Hashrate”'] });
    expect(uses.get('b')).toEqual({ chapter: 'ai', supports: ['the text of “AI”'] });
  });

  test('a source no chapter uses has no chapter', () => {
    expect(uses.get('d')).toEqual({ chapter: null, supports: [] });
  });
});

describe('unusedSources', () => {
  test('lists registered sources that nothing uses, in registry order', () => {
    expect(unusedSources(['a', 'b', 'c'], ['c', 'a', 'a'])).toEqual(['b']);
    expect(unusedSources(['a'], [])).toEqual(['a']);
    expect(unusedSources([], ['a'])).toEqual([]);
  });
});
