/** Where each generated workbook goes, relative to the output folder, and which audits come as district batches. */
import type { Division } from './places';
import type { Rng } from './prng';
import type { GenerateOptions } from './types';

export const registryFile = (p: Division) => `registry/ทะเบียนกลุ่ม-${p.name}.xlsx`;
export const bookFile = (fy: number, id: string, suffix = '') => `audits/${fy}/${id}${suffix}.xlsx`;
export const batchFile = (fy: number, d: Division) => `audits/${fy}/ผลการตรวจ-อำเภอ${d.name}-${fy}.xlsx`;

/** Whether a district's audits of a fiscal year come as one batch workbook (by the options, or by chance when mixed). */
export function isBatch(opts: GenerateOptions, rng: Rng, fy: number, district: string): boolean {
  if (opts.batchDistricts?.some((b) => b.fiscalYear === fy && b.district === district)) return true;
  if (opts.layout === 'batch') return true;
  if (opts.layout === 'mixed') return rng.fork(`layout:${fy}:${district}`).chance(0.3);
  return false;
}
