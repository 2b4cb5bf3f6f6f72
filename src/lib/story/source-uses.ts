/**
 * What each source supports: the chapters whose text relies on it and the charts drawn from
 * it, so the Sources page can say why every source is there.
 */
export interface ChapterRef {
  slug: string;
  title: string;
  order: number;
  sources: readonly string[];
  /** Charts that have a Scrolly section in the chapter. */
  charts: readonly string[];
}

export interface ChartRef {
  name: string;
  title: string;
  sources: readonly string[];
}

export interface SourceUse {
  /** The first chapter (in story order) that uses the source: where it is listed. */
  chapter: string | null;
  supports: string[];
}

export function sourceUses(sourceIds: readonly string[], chapters: readonly ChapterRef[], charts: readonly ChartRef[]): Map<string, SourceUse> {
  const ordered = [...chapters].sort((a, b) => a.order - b.order);
  const uses = new Map<string, SourceUse>(sourceIds.map((id) => [id, { chapter: null, supports: [] }]));
  for (const chapter of ordered) {
    const chapterCharts = charts.filter((chart) => chapter.charts.includes(chart.name));
    for (const id of sourceIds) {
      const use = uses.get(id)!;
      const inText = chapter.sources.includes(id);
      const inCharts = chapterCharts.filter((chart) => chart.sources.includes(id));
      if (!inText && inCharts.length === 0) continue;
      use.chapter ??= chapter.slug;
      if (inText) use.supports.push(`the text of “${chapter.title}”`);
      for (const chart of inCharts) use.supports.push(`the chart “${chart.title}”`);
    }
  }
  return uses;
}

/**
 * Sources registered but used nowhere (no chapter's text or Cite, no chart): a sign of a
 * figure that was removed while its source stayed, or a source added but never cited.
 */
export function unusedSources(registered: readonly string[], used: Iterable<string>): string[] {
  const usedSet = new Set(used);
  return registered.filter((id) => !usedSet.has(id));
}
