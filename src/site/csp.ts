/**
 * The Content-Security-Policy every built page sends in a <meta http-equiv> (src/layouts/Base.astro): the site's own
 * scripts, styles, fonts and images only, so no page loads anything from another host and no injected inline script
 * or style runs. Pagefind compiles its WebAssembly ('wasm-unsafe-eval') and searches in a worker of its own file
 * (pagefind/pagefind-worker.js). Pages carry no inline script or style attribute (tests/e2e/csp.test.ts).
 * `frame-ancestors` cannot be set from a meta tag: a web server that wants it sends it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Set for `astro dev` only (src/publish/dev-policy.ts): Vite's dev server injects inline styles and scripts, which
 * the policy would block. Not Vite's import.meta.env.PROD: that follows NODE_ENV, which a test runner sets.
 */
export const DEV_SERVER_ENV = 'OMSAP_DEV_SERVER';

/** Whether pages carry the policy: in every build, never in the dev server. */
export function sendsPolicy(): boolean {
  return process.env[DEV_SERVER_ENV] !== '1';
}
