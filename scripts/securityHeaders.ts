/**
 * The HTTP headers the app should be served with: used by the dev and preview servers
 * (vite.config.ts), written to public/_headers for static hosts, listed in docs/deploy.md.
 * The built app makes no network request, runs no inline script and sets styles only through
 * the CSSOM (React style props), so the policy needs no 'unsafe-inline'.
 */

const POLICY: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  // 'self' covers the aligner's and the search's module workers and a PWA service worker.
  ['worker-src', "'self' blob:"],
  ['manifest-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  // Only in a header: browsers ignore frame-ancestors in a <meta> policy.
  ['frame-ancestors', "'none'"],
];

/**
 * The Content-Security-Policy. `devNonce`: the dev server's React refresh preamble and
 * hot-reloaded CSS are inline; Vite marks them with this nonce (html.cspNonce).
 */
export function contentSecurityPolicy(devNonce?: string): string {
  return POLICY.map(([name, value]) =>
    devNonce && (name === 'script-src' || name === 'style-src')
      ? `${name} ${value} 'nonce-${devNonce}'`
      : `${name} ${value}`,
  ).join('; ');
}

/** The policy for a <meta> tag, which cannot carry frame-ancestors. */
export function metaContentSecurityPolicy(): string {
  return contentSecurityPolicy()
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
}

/** Every header, as the servers send them. */
export function securityHeaders(devNonce?: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(devNonce),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/** The public/_headers file (Netlify, Cloudflare Pages): every path gets the headers. */
export function headersFile(): string {
  const lines = Object.entries(securityHeaders()).map(([k, v]) => `  ${k}: ${v}`);
  return [
    '# Generated from scripts/securityHeaders.ts; tests/securityHeaders.test.ts keeps it in step.',
    '/*',
    ...lines,
    '',
  ].join('\n');
}
