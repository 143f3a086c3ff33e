import { site } from '../../site/data';
import { criteriaCsv } from '../../site/csv';

export function GET(): Response {
  return new Response(criteriaCsv(site().criteria), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
