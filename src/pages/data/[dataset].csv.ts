/**
 * /data/<dataset>.csv — every dataset, downloadable exactly as validated at build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv, datasets } from '../../lib/data/datasets';

export const getStaticPaths = (() =>
  datasets.map((dataset) => {
    dataset.load(); // validate before publishing
    return { params: { dataset: dataset.id } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(datasetCsv(String(params['dataset'])), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
