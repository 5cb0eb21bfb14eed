import { defineConfig, type Plugin } from 'vitest/config';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { metaContentSecurityPolicy, securityHeaders } from './scripts/securityHeaders.ts';

/** Vite's own inline scripts and styles in dev carry this nonce; the build has none. */
const DEV_NONCE = 'duilian-dev';

/** The built index.html carries the policy too, for hosts that send no headers. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'duilian-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The aligner's dictionary (generated/cedict.bin, a hashed asset in the build) is compiled from
 * CC-CEDICT by scripts/buildCli.mjs at `npm install`; this rebuilds it if its inputs changed.
 */
function compiledDictionary(): Plugin {
  return {
    name: 'duilian-dictionary',
    buildStart() {
      const script = fileURLToPath(new URL('./scripts/buildCli.mjs', import.meta.url));
      execFileSync(process.execPath, [script, '--dictionary'], { stdio: 'ignore' });
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), contentSecurityPolicyMeta(), compiledDictionary()],
  worker: { format: 'es' },
  // Dev and preview send the headers a deployment should send (docs/deploy.md).
  html: command === 'serve' ? { cspNonce: DEV_NONCE } : {},
  server: { headers: securityHeaders(DEV_NONCE) },
  preview: { headers: securityHeaders() },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 20000,
  },
}));
