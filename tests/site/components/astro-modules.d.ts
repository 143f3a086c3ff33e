/**
 * An .astro file imported by a component test, for tsc (which cannot read .astro files): an Astro component, as the
 * container renders it. `astro check` reads the files themselves; vitest compiles them (vitest.config.ts).
 */
declare module '*.astro' {
  const component: Parameters<import('astro/container').experimental_AstroContainer['renderToString']>[0];
  export default component;
}
