/**
 * Dates as numbers (ms since epoch, UTC) so that states can be tweened and compared.
 * A date given only to the month stands for the middle of that month.
 */

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2013-01-19" → that day; "2013-01" → 15 January 2013; "2013-Q4" → 15 November 2013 (the
 * middle of the quarter); "2013" → 1 July 2013.
 */
export function timeOf(date: string): number {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  if (quarter) return Date.UTC(Number(quarter[1]), (Number(quarter[2]) - 1) * 3 + 1, 15);
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`Not a date: "${date}"`);
  if (month === undefined) return Date.UTC(year, 6, 1);
  return Date.UTC(year, month - 1, day ?? 15);
}

/** A decimal year, e.g. 2016.5, as a time: handy for writing chart domains. */
export function timeOfYear(decimalYear: number): number {
  const year = Math.floor(decimalYear);
  const start = Date.UTC(year, 0, 1);
  return start + (Date.UTC(year + 1, 0, 1) - start) * (decimalYear - year);
}

/** "3 January 2009" for a day, "January 2013" for a month-only date, "Q4 2013" for a quarter. */
export function formatDate(date: string): string {
  const quarter = /^(\d{4})-(Q[1-4])$/.exec(date);
  if (quarter) return `${quarter[2]} ${quarter[1]}`;
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  const monthName = MONTH_NAMES[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** "January 2013" for a time. */
export function formatMonthOfTime(time: number): string {
  const date = new Date(time);
  return `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "Jan 2013" for a time: for axis-adjacent labels where space is tight. */
export function formatShortMonthOfTime(time: number): string {
  const date = new Date(time);
  return `${MONTH_NAMES[date.getUTCMonth()]!.slice(0, 3)} ${date.getUTCFullYear()}`;
}
