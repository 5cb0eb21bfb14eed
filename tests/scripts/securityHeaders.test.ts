import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config';
import {
  contentSecurityPolicy,
  headersFile,
  metaContentSecurityPolicy,
  securityHeaders,
} from '../../scripts/securityHeaders';

type ConfigFn = (env: { command: 'serve' | 'build'; mode: string }) => {
  server: { headers: Record<string, string> };
  preview: { headers: Record<string, string> };
};

describe('security headers', () => {
  it('forbid inline styles and scripts, framing and sniffing', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self'");
    const headers = securityHeaders();
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });

  it('leaves frame-ancestors out of the <meta> policy, where browsers ignore it', () => {
    expect(metaContentSecurityPolicy()).not.toContain('frame-ancestors');
    expect(metaContentSecurityPolicy()).toContain("style-src 'self'");
  });

  it('public/_headers for static hosts is the same policy', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
  });

  it('the dev server sends the preview policy, plus only the nonce Vite marks its inline code with', () => {
    const config = (viteConfig as unknown as ConfigFn)({ command: 'serve', mode: 'development' });
    const dev = config.server.headers;
    const preview = config.preview.headers;
    expect(Object.keys(dev).sort()).toEqual(Object.keys(preview).sort());
    const withoutNonce = dev['Content-Security-Policy'].replace(/ 'nonce-[^']+'/g, '');
    expect(withoutNonce).toBe(preview['Content-Security-Policy']);
    expect(dev['Content-Security-Policy']).not.toContain('unsafe-inline');
  });
});
