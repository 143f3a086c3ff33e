/**
 * The bench's steps of one run (src/bench/measure.ts Steps): each sample of the process tree counts toward the step
 * under way, and each step's wall and CPU time run from its beginning to the next one's. Worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { Steps } from '../../../src/bench/measure';

describe('the steps of a measured run', () => {
  it('gives each step the largest sample taken while it was under way, and its own wall and CPU time', () => {
    const steps = new Steps();
    steps.sample(999 * 1024); // before any step: counted nowhere
    steps.begin('ingest', 0, 0);
    steps.sample(300 * 1024);
    steps.sample(1200 * 1024);
    steps.begin('pages', 60_000, 100_000);
    steps.sample(900 * 1024);
    steps.begin('gate', 130_000, 190_000);
    steps.end(160_000, 250_000);
    steps.sample(5000 * 1024); // after the end: counted nowhere
    expect(steps.figures).toEqual([
      { step: 'ingest', wallMs: 60_000, cpuMs: 100_000, peakTreeMb: 1200 },
      { step: 'pages', wallMs: 70_000, cpuMs: 90_000, peakTreeMb: 900 },
      { step: 'gate', wallMs: 30_000, cpuMs: 60_000, peakTreeMb: 0 },
    ]);
  });
});
