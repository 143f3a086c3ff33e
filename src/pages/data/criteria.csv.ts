import { criteriaCsvResponse } from '../../site/endpoints';

export const GET = (): Response => criteriaCsvResponse('th');
