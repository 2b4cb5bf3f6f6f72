/**
 * Reading a step id out of a URL hash. An unknown or malformed hash is not an error: the
 * story then opens at the top, as if there were no hash.
 */

/** Decodes "#asic-arrives" to "asic-arrives"; returns null for an empty or undecodable hash. */
export function decodeHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The step the hash names, if it names one of the known steps. */
export function stepIdFromHash(hash: string, knownStepIds: Iterable<string>): string | null {
  const id = decodeHash(hash);
  if (id === null) return null;
  for (const known of knownStepIds) if (known === id) return id;
  return null;
}

/** The URL to show when `stepId` is active: same path and query, new hash (or none). */
export function urlForStep(current: { pathname: string; search: string }, stepId: string | null): string {
  return `${current.pathname}${current.search}${stepId ? `#${encodeURIComponent(stepId)}` : ''}`;
}
