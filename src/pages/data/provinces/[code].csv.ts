import type { APIRoute } from 'astro';
import { provinceCsvResponse, provinceFilePaths } from '../../../site/endpoints';

export const getStaticPaths = provinceFilePaths;
export const GET: APIRoute = ({ params }) => provinceCsvResponse(params.code!, 'th');
