/**
 * The corrections log: dated notes on what was wrong, where, and what is right. Validated
 * like every other data file, newest first on the page.
 */
import { z } from 'astro/zod';
import correctionsJson from '../../data/corrections.json';
import { DataValidationError } from './validate';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const correctionSchema = z.object({ date: z.string().regex(DAY, 'expected a date as YYYY-MM-DD'), text: z.string().min(20, 'expected a full sentence') }).strict();
export type Correction = z.output<typeof correctionSchema>;

export function parseCorrections(json: unknown, file: string): Correction[] {
  const result = z.array(correctionSchema).safeParse(json);
  if (!result.success) {
    throw new DataValidationError(
      file,
      result.error.issues.map((issue) => `entry ${Number(issue.path[0]) + 1}, field "${String(issue.path[1] ?? '(entry)')}": ${issue.message}`),
    );
  }
  return [...result.data].sort((a, b) => b.date.localeCompare(a.date));
}

export const corrections: readonly Correction[] = parseCorrections(correctionsJson, 'src/data/corrections.json');
