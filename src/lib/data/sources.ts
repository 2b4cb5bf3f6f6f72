/**
 * The source registry: every figure on the site points at one of these records.
 */
import { z } from 'astro/zod';
import { DataValidationError } from './validate';
import { kebabId } from './fields';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const dateText = z.string().regex(DATE, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const sourceSchema = z
  .object({
    id: kebabId,
    publisher: z.string().min(1, 'expected the publisher'),
    title: z.string().min(1, 'expected the title'),
    url: z.url({ message: 'expected an absolute URL' }),
    /** When the source was published, where it says so. */
    published: dateText.optional(),
    /** When this project read it (always known, so every source has a date). */
    accessed: dateText,
    /** Method notes and caveats a reader should know. */
    note: z.string().optional(),
    /** Licence of reused data, e.g. "CC BY 4.0". */
    licence: z.string().optional(),
  })
  .strict();

export type Source = z.output<typeof sourceSchema>;

export function parseSources(json: unknown, file: string): Source[] {
  const list = z.array(z.unknown()).safeParse(json);
  if (!list.success) throw new DataValidationError(file, ['expected a JSON array of sources']);
  const problems: string[] = [];
  const sources: Source[] = [];
  const seen = new Set<string>();
  list.data.forEach((entry, index) => {
    const label = typeof entry === 'object' && entry && 'id' in entry ? `entry ${index + 1} ("${String(entry.id)}")` : `entry ${index + 1}`;
    const result = sourceSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.length > 0 ? String(issue.path[0]) : '(entry)';
        problems.push(`${label}, field "${field}": ${issue.message}`);
      }
      return;
    }
    if (seen.has(result.data.id)) problems.push(`${label}, field "id": duplicate source id`);
    seen.add(result.data.id);
    sources.push(result.data);
  });
  if (problems.length > 0) throw new DataValidationError(file, problems);
  return sources;
}
