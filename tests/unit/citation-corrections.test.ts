import { describe, expect, test } from 'vitest';
import { apaCitation, bibtexCitation, citationMeta, SITE_WORK_BASE } from '../../src/lib/citation';
import { corrections, parseCorrections } from '../../src/lib/data/corrections';
import { DataValidationError } from '../../src/lib/data/validate';

const work = { ...SITE_WORK_BASE, url: 'https://example.org/two-paths/' };

describe('cite this', () => {
  test('APA names author, date, title, publisher and URL', () => {
    expect(apaCitation(work)).toBe(`Two Paths team. (2026, November 25). ${SITE_WORK_BASE.title}. Two Paths. https://example.org/two-paths/`);
  });

  test('BibTeX is a balanced @misc entry with the URL', () => {
    const bib = bibtexCitation(work);
    expect(bib.startsWith('@misc{twopaths2026,')).toBe(true);
    expect(bib).toContain('howpublished = {\\url{https://example.org/two-paths/}}');
    expect([...bib].filter((c) => c === '{').length).toBe([...bib].filter((c) => c === '}').length);
  });

  test('BibTeX escapes special characters', () => {
    expect(bibtexCitation({ ...work, title: 'A & B: 50% of #1' })).toContain('title = {A \\& B: 50\\% of \\#1}');
  });

  test('meta tags for scholarly indexers', () => {
    const meta = Object.fromEntries(citationMeta(work).map((tag) => [tag.name, tag.content]));
    expect(meta['citation_title']).toBe(SITE_WORK_BASE.title);
    expect(meta['citation_publication_date']).toBe('2026/11/25');
  });
});

describe('corrections log', () => {
  test('starts with the CoinShares framing', () => {
    expect(corrections.some((entry) => entry.text.includes('CoinShares') && entry.text.includes('15–20%'))).toBe(true);
  });

  test('newest first', () => {
    const list = parseCorrections(
      [
        { date: '2026-01-01', text: 'An older correction, in a full sentence.' },
        { date: '2026-06-01', text: 'A newer correction, in a full sentence.' },
      ],
      'f',
    );
    expect(list.map((entry) => entry.date)).toEqual(['2026-06-01', '2026-01-01']);
  });

  test('a bad date or a missing text is rejected with entry and field', () => {
    expect(() => parseCorrections([{ date: '25 Nov', text: 'A correction in a full sentence.' }], 'f')).toThrow(DataValidationError);
    expect(() => parseCorrections([{ date: '2026-11-25' }], 'src/data/corrections.json')).toThrow(/entry 1, field "text"/);
  });
});
