import { datasetResponse } from '../../site/endpoints';

/** The published dataset, exactly as validated (it holds nothing private: DESIGN §8, §11); one file for both languages. */
export const GET = (): Response => datasetResponse();
