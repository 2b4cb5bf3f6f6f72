/**
 * /data/<dataset>.json — every dataset as validated at build: its data dictionary, the sources
 * its rows cite and the typed rows (numbers as numbers, flags as booleans, empty cells as null).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets, sourceById } from '../../lib/data/datasets';
import { datasetDocument } from '../../lib/data/summary';

export const getStaticPaths = (() =>
  datasets.map((dataset) => ({ params: { dataset: dataset.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const dataset = datasets.find((candidate) => candidate.id === params['dataset']);
  if (!dataset) throw new Error(`No dataset "${String(params['dataset'])}"`);
  const rows: readonly Readonly<Record<string, unknown>>[] = dataset.load();
  const document = datasetDocument(dataset, rows, sourceById);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
