/**
 * How to cite the site: APA and BibTeX text from one description, for the "Cite this" block
 * and the citation_* meta tags that scholarly indexers read.
 */
export interface Work {
  title: string;
  author: string;
  /** Publication year and date (YYYY-MM-DD). */
  published: string;
  url: string;
  publisher: string;
}

export const SITE_WORK_BASE = {
  title: 'Two Paths: how Bitcoin mining centralised, and where AI may go',
  author: 'Two Paths team',
  published: '2026-11-25',
  publisher: 'Two Paths',
} as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function apaCitation(work: Work): string {
  const [year, month, day] = work.published.split('-').map(Number) as [number, number, number];
  return `${work.author}. (${year}, ${MONTHS[month - 1]} ${day}). ${work.title}. ${work.publisher}. ${work.url}`;
}

export function bibtexCitation(work: Work): string {
  const year = work.published.slice(0, 4);
  const key = `twopaths${year}`;
  const escape = (text: string) => text.replace(/([{}%&#_$])/g, '\\$1');
  return [
    `@misc{${key},`,
    `  author = {{${escape(work.author)}}},`,
    `  title = {${escape(work.title)}},`,
    `  year = {${year}},`,
    `  publisher = {${escape(work.publisher)}},`,
    `  howpublished = {\\url{${work.url}}},`,
    `  note = {Accessed ${work.published}}`,
    '}',
  ].join('\n');
}

/** The citation_* meta tags (Highwire Press tags, read by Google Scholar and Zotero). */
export function citationMeta(work: Work): { name: string; content: string }[] {
  return [
    { name: 'citation_title', content: work.title },
    { name: 'citation_author', content: work.author },
    { name: 'citation_publication_date', content: work.published.replaceAll('-', '/') },
    { name: 'citation_publisher', content: work.publisher },
    { name: 'citation_public_url', content: work.url },
  ];
}
