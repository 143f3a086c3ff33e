import { groupsCsvResponse } from '../../../site/endpoints';

export const GET = (): Response => groupsCsvResponse('en');
