import { describe, expect, test } from 'vitest';
import { DataValidationError } from '../../src/lib/data/validate';
import { glossary, glossaryAlphabetical, parseGlossary, termAnchor, termById } from '../../src/lib/data/glossary';

function problemsOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return (error as Error).message;
  }
  throw new Error('expected a DataValidationError');
}

const FILE = 'src/data/glossary.json';
const asic = { id: 'asic', term: 'ASIC', definition: 'A chip built for one job.', related: ['gpu'] };
const gpu = { id: 'gpu', term: 'GPU', definition: 'A chip with many parallel cores.' };

describe('the glossary file', () => {
  test('loads, with every term the story needs', () => {
    const ids = glossary.map((entry) => entry.id);
    for (const id of [
      'hashrate', 'difficulty', 'asic', 'fpga', 'gpu', 'mining-pool', 'joules-per-terahash', 'hashprice', 'halving', 'block',
      'parameters', 'training', 'inference', 'quantization', 'npu', 'tops', 'memory-bandwidth', 'edge-ai',
    ]) {
      expect(ids).toContain(id);
    }
  });

  test('definitions are one or two plain sentences without figures', () => {
    for (const entry of glossary) {
      const sentences = entry.definition.split(/[.!?](?:\s+|$)/).filter((part) => part.trim() !== '');
      expect(sentences.length, `${entry.id}: ${entry.definition}`).toBeGreaterThanOrEqual(1);
      expect(sentences.length, `${entry.id}: ${entry.definition}`).toBeLessThanOrEqual(2);
      expect(entry.definition, entry.id).not.toMatch(/\d/);
    }
  });

  test('is listed alphabetically by term on the page', () => {
    const terms = glossaryAlphabetical.map((entry) => entry.term.toLowerCase());
    expect(terms).toEqual([...terms].sort());
    expect(glossaryAlphabetical).toHaveLength(glossary.length);
  });

  test('termById finds an entry; an unknown id fails naming the id', () => {
    expect(termById('asic').term).toBe('ASIC');
    expect(termAnchor('asic')).toBe('term-asic');
    expect(() => termById('hashrat')).toThrow(/Unknown glossary term "hashrat"/);
  });
});

describe('parseGlossary', () => {
  test('a good file passes, in file order', () => {
    expect(parseGlossary([asic, gpu], FILE)).toEqual([asic, gpu]);
  });

  test('not an array is rejected', () => {
    expect(problemsOf(() => parseGlossary({ asic }, FILE))).toContain('expected a JSON array of glossary entries');
  });

  test('a malformed id names the file, the entry and the field', () => {
    const message = problemsOf(() => parseGlossary([{ ...asic, id: 'Mining Pool' }, gpu], FILE));
    expect(message).toContain(FILE);
    expect(message).toContain('entry 1 ("Mining Pool"), field "id": expected a kebab-case id');
  });

  test('a duplicate id is rejected', () => {
    const message = problemsOf(() => parseGlossary([asic, gpu, { ...gpu, term: 'Graphics card' }], FILE));
    expect(message).toContain('entry 3 ("gpu"), field "id": duplicate glossary id "gpu"');
  });

  test('empty or missing text is rejected', () => {
    const message = problemsOf(() => parseGlossary([{ ...asic, term: '  ' }, { id: 'gpu', term: 'GPU' }], FILE));
    expect(message).toContain('entry 1 ("asic"), field "term": expected the term, found empty text');
    expect(message).toMatch(/entry 2 \("gpu"\), field "definition"/);
  });

  test('an empty definition is rejected', () => {
    expect(problemsOf(() => parseGlossary([{ ...gpu, definition: '' }], FILE))).toContain(
      'entry 1 ("gpu"), field "definition": expected a definition, found empty text',
    );
  });

  test('a related id that does not exist is rejected, naming it', () => {
    const message = problemsOf(() => parseGlossary([{ ...asic, related: ['gpu', 'tpu'] }, gpu], FILE));
    expect(message).toContain('entry 1 ("asic"), field "related.1": unknown glossary id "tpu"');
  });

  test('a malformed related id is rejected', () => {
    expect(problemsOf(() => parseGlossary([{ ...asic, related: ['GPU'] }, gpu], FILE))).toContain(
      'entry 1 ("asic"), field "related.0": expected a kebab-case id',
    );
  });

  test('an entry related to itself is rejected', () => {
    expect(problemsOf(() => parseGlossary([{ ...asic, related: ['asic'] }], FILE))).toContain(
      'entry 1 ("asic"), field "related.0": an entry cannot be related to itself',
    );
  });

  test('an unknown field is rejected (catches typos such as "defintion")', () => {
    expect(problemsOf(() => parseGlossary([{ ...gpu, defintion: 'x' }], FILE))).toMatch(/entry 1 \("gpu"\), field "\(entry\)": .*defintion/);
  });

  test('every problem is reported at once', () => {
    const message = problemsOf(() => parseGlossary([{ ...asic, related: ['nope'] }, { ...gpu, term: '' }], FILE));
    expect(message).toContain('field "related.0"');
    expect(message).toContain('entry 2 ("gpu"), field "term"');
  });
});
