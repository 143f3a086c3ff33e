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
