/**
 * The Data page (/data/): every dataset with its dictionary, row count, downloads and sources.
 * The downloads are checked against the page: the CSV header is exactly the dictionary, the
 * JSON has the same rows as the CSV, and every source link lands on the Sources page.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { csvParseRows } from 'd3-dsv';
import { expect, test } from './helpers';

/** The committed datasets: one CSV per dataset in src/data (read from disk, not from the site's code). */
const DATASET_IDS = readdirSync(fileURLToPath(new URL('../../src/data/', import.meta.url)))
  .filter((file) => file.endsWith('.csv'))
  .map((file) => file.slice(0, -'.csv'.length))
  .sort();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface JsonDataset {
  id: string;
  title: string;
  description: string;
  columns: { name: string; unit?: string; meaning: string }[];
  sources: { id: string; publisher: string; title: string; url: string }[];
  rows: Record<string, unknown>[];
}

test('/data/ lists every dataset with its heading, description, row count, downloads, dictionary and sources @content', async ({ page }) => {
  test.setTimeout(60_000); // many small checks: slow on 2 busy cores
  expect(DATASET_IDS.length, 'src/data has datasets').toBeGreaterThan(0);
  const response = await page.goto('/data/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Data');

  const headingIds = await page.locator('h2[id^="dataset-"]').evaluateAll((headings) => headings.map((heading) => heading.id));
  expect([...headingIds].sort(), 'one heading per dataset, id dataset-<id>').toEqual(DATASET_IDS.map((id) => `dataset-${id}`));

  for (const id of DATASET_IDS) {
    const section = page.locator(`section[data-dataset="${id}"]`);
    await expect(section, `${id}: one section`).toHaveCount(1);
    await expect(section.locator('h2')).toHaveAttribute('id', `dataset-${id}`);
    await expect(section.locator('h2'), `${id}: title`).not.toBeEmpty();
    await expect(section.locator('h2 + p'), `${id}: description`).not.toBeEmpty();
    await expect(section.locator('dd[data-row-count]'), `${id}: row count`).toHaveText(/^\d[\d,]*$/);
    await expect(section.locator('a[data-format="csv"]'), `${id}: CSV link`).toHaveCount(1);
    await expect(section.locator('a[data-format="json"]'), `${id}: JSON link`).toHaveCount(1);
    expect(await section.locator('table tbody tr').count(), `${id}: dictionary rows`).toBeGreaterThan(0);
    expect(await section.locator('a[data-source]').count(), `${id}: sources`).toBeGreaterThan(0);
    // The table of contents links to the heading.
    await expect(page.locator(`nav a[href="#dataset-${id}"]`), `${id}: contents link`).toHaveCount(1);
  }
});

test('every CSV and JSON download is served; the CSV header is the dictionary; the JSON has the CSV rows and sources @content', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000); // two downloads per dataset plus the Sources page
  await page.goto('/data/');
  const sections = await page.locator('section[data-dataset]').evaluateAll((elements) =>
    elements.map((section) => ({
      id: section.getAttribute('data-dataset')!,
      rowCount: Number(section.querySelector('dd[data-row-count]')?.getAttribute('data-row-count')),
      csv: section.querySelector('a[data-format="csv"]')?.getAttribute('href') ?? '',
      json: section.querySelector('a[data-format="json"]')?.getAttribute('href') ?? '',
      dictionary: [...section.querySelectorAll('table tbody tr > th:first-child')].map((cell) => cell.textContent?.trim() ?? ''),
      sources: [...section.querySelectorAll('a[data-source]')].map((link) => link.getAttribute('href') ?? ''),
    })),
  );
  expect(sections.map((section) => section.id).sort()).toEqual(DATASET_IDS);
  const citedSources = new Set<string>();

  for (const section of sections) {
    await test.step(section.id, async () => {
      expect(section.csv, 'CSV link').toBe(`/data/${section.id}.csv`);
      expect(section.json, 'JSON link').toBe(`/data/${section.id}.json`);

      const csvResponse = await request.get(section.csv);
      expect(csvResponse.status(), `${section.csv} status`).toBe(200);
      expect(csvResponse.headers()['content-type'], `${section.csv} content type`).toMatch(/^text\/csv\b/);
      const [header, ...rows] = csvParseRows((await csvResponse.text()).replace(/^\uFEFF/, '')).filter((row) => row.some((cell) => cell.trim()));
      expect(header, `${section.csv}: header row equals the dictionary's column names`).toEqual(section.dictionary);
      expect(rows.length, `${section.csv} has rows`).toBeGreaterThan(0);
      expect(rows.filter((row) => row.length !== header!.length), `${section.csv}: rows with the wrong number of cells`).toEqual([]);
      expect(section.rowCount, 'row count on the page equals the CSV rows').toBe(rows.length);

      const jsonResponse = await request.get(section.json);
      expect(jsonResponse.status(), `${section.json} status`).toBe(200);
      expect(jsonResponse.headers()['content-type'], `${section.json} content type`).toMatch(/^application\/json\b/);
      const json = (await jsonResponse.json()) as JsonDataset;
      expect(json.id).toBe(section.id);
      expect(json.title, 'JSON title').not.toBe('');
      expect(json.description, 'JSON description').not.toBe('');
      expect(json.columns.map((column) => column.name), 'JSON dictionary').toEqual(header);
      expect(json.rows.length, 'JSON rows = CSV rows').toBe(rows.length);
      for (const row of json.rows) expect(Object.keys(row).sort(), 'JSON row keys are the columns').toEqual([...header!].sort());

      // Sources: the JSON and the page list exactly the source_ids the CSV rows cite.
      const column = header!.indexOf('source_id');
      const csvSources = [...new Set(rows.map((row) => row[column]!.trim()))].sort();
      expect(json.sources.map((source) => source.id).sort(), 'JSON sources').toEqual(csvSources);
      for (const source of json.sources) {
        expect(source.publisher, `${source.id} publisher`).not.toBe('');
        expect(source.title, `${source.id} title`).not.toBe('');
        expect(source.url, `${source.id} url`).toMatch(/^https?:\/\//);
      }
      const linked = section.sources.map((href) => {
        const match = /^\/sources\/#source-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(href);
        expect(match, `${href} points to /sources/#source-<id>`).not.toBeNull();
        return match![1]!;
      });
      expect([...linked].sort(), 'sources listed on the page').toEqual(csvSources);
      linked.forEach((id) => citedSources.add(id));
    });
  }

  await page.goto('/sources/');
  const listed = new Set(await page.locator('li[id^="source-"]').evaluateAll((items) => items.map((item) => item.id.slice('source-'.length))));
  expect([...citedSources].filter((id) => !listed.has(id)), 'sources linked from /data/ missing from the Sources page').toEqual([]);
});

test('/data/ at 320×640 has no horizontal overflow @static', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  expect((await page.goto('/data/'))?.status()).toBe(200);
  await page.evaluate(() => document.fonts.ready);
  const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: width,
      culprits: [...document.body.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > width + 0.5)
        .slice(0, 8)
        .map((element) => `${element.localName}.${[...element.classList].join('.')}`),
    };
  });
  expect(scrollWidth, `/data/ is wider than 320px: ${culprits.join('; ')}`).toBeLessThanOrEqual(clientWidth);
});

test('/data/: axe-core finds no WCAG 2.2 A/AA violations', async ({ page }) => {
  test.setTimeout(60_000);
  expect((await page.goto('/data/'))?.status()).toBe(200);
  await page.evaluate(() => document.fonts.ready);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, 'axe violations on /data/').toEqual([]);
});
