import { site } from '../../site/data';
import { groupsCsv } from '../../site/csv';

export function GET(): Response {
  const { dataset, criteria } = site();
  return new Response(groupsCsv(dataset, criteria), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
