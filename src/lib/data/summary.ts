/**
 * What the Data page and the JSON downloads say about a dataset: how many rows, which dates it
 * covers, which sources it cites, and the dataset as one JSON document. Pure: no file access.
 */
import type { Source } from './sources';
import { SOURCE_COLUMN } from './validate';

/** A column of the data dictionary (the same shape as `ColumnDoc` in datasets.ts). */
export interface DictionaryColumn {
  name: string;
  unit?: string;
  meaning: string;
}

export interface DateRange {
  /** The earliest date, as written in the data (e.g. "2009-01", "2013-Q4", "2009"). */
  from: string;
  /** The latest date, as written in the data. */
  to: string;
}

export interface DatasetSummary {
  rowCount: number;
  /** Columns holding dates (their unit is a date pattern such as "YYYY-MM"). */
  dateColumns: string[];
  /** Earliest and latest date over all date columns; null when the dataset has no dates. */
  dateRange: DateRange | null;
  /** Source ids the rows cite, in first-use order. */
  sourceIds: string[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;
const DAY_MS = 86_400_000;

/**
 * The span of time a date stands for, as [first ms, last ms] (UTC): a day is one day, "2013-05"
 * all of May 2013, "2013-Q4" October to December, "2013" the whole year. Null if not a date.
 */
export function spanOf(date: string): [number, number] | null {
  const text = date.trim();
  let match = DAY.exec(text);
  if (match) {
    const start = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    return [start, start];
  }
  match = MONTH.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]) - 1;
    return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1) - DAY_MS];
  }
  match = QUARTER.exec(text);
  if (match) {
    const year = Number(match[1]);
    const first = (Number(match[2]) - 1) * 3;
    return [Date.UTC(year, first, 1), Date.UTC(year, first + 3, 1) - DAY_MS];
  }
  match = YEAR.exec(text);
  if (match) {
    const year = Number(match[1]);
    return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1) - DAY_MS];
  }
  return null;
}

/** Columns whose unit is a date pattern ("YYYY-MM", "YYYY-MM-DD or YYYY-MM", "YYYY, YYYY-Qn, …"). */
export function dateColumnsOf(columns: readonly DictionaryColumn[]): string[] {
  return columns.filter((column) => column.unit !== undefined && /^YYYY\b/.test(column.unit)).map((column) => column.name);
}

/**
 * Earliest and latest of the given dates: earliest by where its span starts, latest by where
 * its span ends (so "2013" ends after "2013-06-01"). Cells that are not dates are ignored.
 */
export function dateRangeOf(dates: Iterable<unknown>): DateRange | null {
  let from: { text: string; at: number } | null = null;
  let to: { text: string; at: number } | null = null;
  for (const cell of dates) {
    if (typeof cell !== 'string') continue;
    const span = spanOf(cell);
    if (!span) continue;
    const text = cell.trim();
    if (!from || span[0] < from.at) from = { text, at: span[0] };
    if (!to || span[1] > to.at) to = { text, at: span[1] };
  }
  return from && to ? { from: from.text, to: to.text } : null;
}

/** Row count, date columns and range, and cited sources of a dataset's rows. */
export function summariseDataset(columns: readonly DictionaryColumn[], rows: readonly Readonly<Record<string, unknown>>[]): DatasetSummary {
  const dateColumns = dateColumnsOf(columns);
  const sourceIds: string[] = [];
  for (const row of rows) {
    const id = row[SOURCE_COLUMN];
    if (typeof id === 'string' && id !== '' && !sourceIds.includes(id)) sourceIds.push(id);
  }
  return {
    rowCount: rows.length,
    dateColumns,
    dateRange: dateRangeOf(rows.flatMap((row) => dateColumns.map((name) => row[name]))),
    sourceIds,
  };
}

export interface DatasetDocument<Row> {
  id: string;
  title: string;
  description: string;
  columns: DictionaryColumn[];
  sources: { id: string; publisher: string; title: string; url: string; licence?: string }[];
  rows: Row[];
}

/**
 * A dataset as one JSON-ready document: its dictionary, the sources its rows cite (looked up
 * with `sourceOf`, in first-use order) and the validated rows.
 */
export function datasetDocument<Row extends Readonly<Record<string, unknown>>>(
  dataset: { id: string; title: string; description: string; columns: readonly DictionaryColumn[] },
  rows: readonly Row[],
  sourceOf: (id: string) => Source,
): DatasetDocument<Row> {
  return {
    id: dataset.id,
    title: dataset.title,
    description: dataset.description,
    columns: dataset.columns.map((column) => ({ ...column })),
    sources: summariseDataset(dataset.columns, rows).sourceIds.map((id) => {
      const source = sourceOf(id);
      return {
        id: source.id,
        publisher: source.publisher,
        title: source.title,
        url: source.url,
        ...(source.licence !== undefined ? { licence: source.licence } : {}),
      };
    }),
    rows: [...rows],
  };
}
