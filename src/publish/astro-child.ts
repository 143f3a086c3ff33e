/**
 * Astro's render in a process of its own (src/publish/run.ts): the build's parent process has ingested the data
 * and built the dataset, and its memory would otherwise add up with Astro's (DESIGN §12: the whole national build
 * under 2 GB). usage: node --max-old-space-size=N --import tsx src/publish/astro-child.ts <root> <outDir>
 * The dataset and KM content come from the environment (OMSAP_DATASET, OMSAP_CONTENT, OMSAP_CRITERIA).
 */
export {};

const [root, outDir] = process.argv.slice(2);
try {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  await build({ root: root!, outDir: outDir!, logLevel: process.env.OMSAP_VERBOSE ? 'info' : 'error', mode: 'production' });
  process.exit(0);
} catch (e) {
  console.error((e as Error)?.stack ?? String(e));
  process.exit(1);
}
