import type { APIRoute } from 'astro';
import { provinceDatasetResponse, provinceFilePaths } from '../../../site/endpoints';

/** A province's part of the dataset, one file for both languages (src/site/province-data.ts). */
export const getStaticPaths = provinceFilePaths;
export const GET: APIRoute = ({ params }) => provinceDatasetResponse(params.code!);
