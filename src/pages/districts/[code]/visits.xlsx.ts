import type { APIRoute } from 'astro';
import { visitsXlsxResponse } from '../../../site/endpoints';
import { visitPaths } from '../../../site/visits-view';

export const getStaticPaths = () => visitPaths();
export const GET: APIRoute = ({ params }) => visitsXlsxResponse(params.code!, 'th');
