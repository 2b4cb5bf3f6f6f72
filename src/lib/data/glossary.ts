/**
 * The glossary: plain-language definitions of the terms the story uses, shown in <Term>
 * popovers and on the /glossary/ page. Validated at build time: a bad entry fails the build
 * with the file, the entry and the field.
 */
import { z } from 'astro/zod';
import glossaryJson from '../../data/glossary.json';
import { DataValidationError } from './validate';
import { kebabId } from './fields';

export const GLOSSARY_FILE = 'src/data/glossary.json';

const text = (what: string) => z.string().trim().min(1, `expected ${what}, found empty text`);

export const glossaryEntrySchema = z
  .object({
    /** Stable id: the anchor /glossary/#term-<id> and the `id` of <Term>. */
    id: kebabId,
    /** The term as a reader sees it, e.g. "Mining pool". */
    term: text('the term'),
    /** One or two plain sentences. */
    definition: text('a definition'),
    /** Ids of other entries worth reading next. */
    related: z.array(kebabId).optional(),
  })
  .strict();

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;

export function parseGlossary(json: unknown, file: string): GlossaryEntry[] {
  const list = z.array(z.unknown()).safeParse(json);
  if (!list.success) throw new DataValidationError(file, ['expected a JSON array of glossary entries']);
  const problems: string[] = [];
  const entries: { entry: GlossaryEntry; label: string }[] = [];
  const seen = new Set<string>();
  list.data.forEach((raw, index) => {
    const label = typeof raw === 'object' && raw && 'id' in raw ? `entry ${index + 1} ("${String(raw.id)}")` : `entry ${index + 1}`;
    const result = glossaryEntrySchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(entry)';
        problems.push(`${label}, field "${field}": ${issue.message}`);
      }
      return;
    }
    if (seen.has(result.data.id)) problems.push(`${label}, field "id": duplicate glossary id "${result.data.id}"`);
    seen.add(result.data.id);
    entries.push({ entry: result.data, label });
  });
  // Cross-references are checked once every id is known.
  for (const { entry, label } of entries) {
    (entry.related ?? []).forEach((id, index) => {
      if (id === entry.id) problems.push(`${label}, field "related.${index}": an entry cannot be related to itself`);
      else if (!seen.has(id)) problems.push(`${label}, field "related.${index}": unknown glossary id "${id}"`);
    });
  }
  if (problems.length > 0) throw new DataValidationError(file, problems);
  return entries.map(({ entry }) => entry);
}

/** Every entry, in file order (validated when this module is first imported). */
export const glossary: readonly GlossaryEntry[] = parseGlossary(glossaryJson, GLOSSARY_FILE);

/** Every entry, sorted alphabetically by term, as the glossary page lists them. */
export const glossaryAlphabetical: readonly GlossaryEntry[] = [...glossary].sort((a, b) =>
  a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }),
);

/** The glossary page's anchor for an entry. */
export function termAnchor(id: string): string {
  return `term-${id}`;
}

/** The entry with this id; throws (failing the build) naming the id if there is none. */
export function termById(id: string): GlossaryEntry {
  const entry = glossary.find((candidate) => candidate.id === id);
  if (!entry) {
    throw new Error(`Unknown glossary term "${id}" in <Term id="${id}">: add an entry with this id to ${GLOSSARY_FILE}, or fix the id`);
  }
  return entry;
}
