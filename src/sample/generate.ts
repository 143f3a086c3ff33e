/**
 * Pure generation of synthetic savings-group records (no I/O, no workbooks): registry rows, audits and the
 * deliberate faults, deterministic for a seed. Levels are aimed at a realistic spread (about 35 % level 1,
 * 40 % level 2, 25 % level 3) by drafting each audit for a target level and scoring the draft with the
 * project's own scorer until it lands there (src/sample/audits.ts). The shapes are in src/sample/types.ts.
 */
import { DEFAULT_CRITERIA } from '../lib/health/default-criteria';
import { scoreAudit } from '../lib/health/score';
import { bookIndicators, type Criteria } from '../lib/schema/criteria';
import { toCE } from '../lib/thai/buddhist-era';
import { planDistricts } from './apportion';
import { ensureVariety, makeAudit } from './audits';
import { auditDate } from './dates';
import { type PrevYear, type Special, profileOf, toRecord } from './draft-audit';
import { plantFaults } from './faults';
import { isBatch, registryFile } from './files';
import { followThroughSteer } from './follow-through';
import { makeGroups } from './groups';
import { personName } from './people';
import type { SampleProvince } from './places';
import { addProgress } from './plan-rows';
import { Rng } from './prng';
import type { FaultKind, GenerateOptions, ProvinceSample, SampleAudit, SampleGroup } from './types';

/**
 * Generates one province: its registry and audits, and the faults assigned to it. `perDistrict` gives the
 * number of groups of each district (see planDistricts). Deterministic for (seed, province, counts).
 */
export function generateProvince(province: SampleProvince, perDistrict: Map<string, number>, opts: GenerateOptions): ProvinceSample {
  const criteria = opts.criteria ?? DEFAULT_CRITERIA;
  const root = new Rng(`${opts.seed}:province:${province.code}`);
  const firstFyStart = Date.UTC(toCE(opts.fiscalYears[0]!) - 1, 9, 1);
  const foundedBefore = Math.min(Date.UTC(2021, 11, 31), firstFyStart - 365 * 86_400_000);
  const groups: SampleGroup[] = [];
  const audits: SampleAudit[] = [];

  for (const district of province.districts) {
    const count = perDistrict.get(district.code) ?? 0;
    if (count === 0) continue;
    const drng = root.fork(`district:${district.code}`);
    const team = [personName(drng), personName(drng), personName(drng)];
    const made = makeGroups(drng.fork('groups'), province, district, count, foundedBefore);
    for (const { group, latent } of made) {
      groups.push(group);
      const grng = drng.fork(`audits:${group.id}`);
      let prev: PrevYear | undefined;
      let prevAudit: SampleAudit | undefined;
      let quality = latent.quality;
      for (const fy of opts.fiscalYears) {
        quality = Math.min(1, Math.max(0, quality + 0.1 * grng.normal()));
        const audited = group.status === 'active' && grng.chance(opts.coverage);
        if (!audited) continue;
        const profile = profileOf(quality);
        const roll = grng.next();
        const special: Special =
          roll < 0.015 ? 'incomplete' : profile === 'poor' && roll < 0.015 + 0.2 ? (grng.chance(0.5) ? 'redB1' : 'redF1') : null;
        const date = auditDate(grng, fy);
        const batch = isBatch(opts, root, fy, district.code);
        // The year after an audit answers that audit's plan (its own stream: the group's draws stay put).
        const last = prevAudit?.fiscalYear === fy - 1 ? prevAudit : undefined;
        const steer = last
          ? followThroughSteer(
              grng.fork(`follow-through:${fy}`),
              scoreAudit(toRecord(last, group.id, last.fiscalYear, last.date), criteria).indicators,
              new Set(last.plan.map((r) => r.code)),
              criteria,
            )
          : {};
        const audit = makeAudit(grng, criteria, group, fy, date, profile, special, latent.noLoans, prev, batch, team, steer);
        audits.push(audit);
        prevAudit = audit;
        prev = { members_end: audit.financials.members_end!, savings: audit.financials.savings!, reserve: audit.financials.reserve! };
      }
      if (prev) {
        group.members = prev.members_end;
        group.savings = prev.savings;
      }
    }
  }
  if (opts.ensureVariety) ensureVariety(root.fork('variety'), criteria, groups, audits, opts);
  addProgress(root.fork('progress'), audits);
  const faults = plantFaults(root.fork('faults'), criteria, province, groups, audits, opts);
  return { province, registryFile: registryFile(province), groups, audits, faults };
}

/** The book indicator codes, in sheet order. */
export function bookCodes(criteria: Criteria = DEFAULT_CRITERIA): string[] {
  return bookIndicators(criteria).map((b) => b.code);
}

/** Spreads the requested faults over the provinces of a run (deterministically), where none is named. */
export function assignFaults(seed: string, provinces: readonly SampleProvince[], perDistrict: Map<string, number>, kinds: readonly FaultKind[]): { kind: FaultKind; province: string }[] {
  const withGroups = provinces.filter((p) => p.districts.some((d) => (perDistrict.get(d.code) ?? 0) > 0));
  if (withGroups.length === 0) return [];
  const rng = new Rng(`${seed}:faults`);
  return kinds.map((kind) => ({ kind, province: rng.pick(withGroups).code }));
}

/** Every province of a run, one at a time, so the caller can write and forget each before the next. */
export function* generateSample(provinces: readonly SampleProvince[], groups: number, opts: GenerateOptions): Generator<ProvinceSample> {
  const perDistrict = planDistricts(provinces, groups);
  // One province must show every case on its own; a national run has them many times over anyway.
  const o = { ensureVariety: provinces.length === 1, ...opts };
  for (const p of provinces) {
    if (!p.districts.some((d) => (perDistrict.get(d.code) ?? 0) > 0)) continue;
    yield generateProvince(p, perDistrict, o);
  }
}
