import { site } from '../../site/data';

/** The published dataset, exactly as validated (it holds nothing private: DESIGN §8, §11). */
export function GET(): Response {
  return new Response(JSON.stringify(site().dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
