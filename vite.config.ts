import { defineConfig, type Plugin } from 'vitest/config';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
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

/**
 * Installable and fully offline after the first visit: the service worker precaches the app,
 * its workers, the bundled samples, the compiled dictionary (4 MB, hence the raised limit) and
 * the word look-up glosses (generated/glosses.bin, 1 MB; fetched by the page only on the first
 * look-up), so aligning and looking words up work without a network. The registration is an external script, as
 * the Content-Security-Policy allows no inline one.
 */
const offlineApp = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: 'script-defer',
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'duilian 对联 — bilingual alignment',
    short_name: 'duilian',
    description: 'Side-by-side Chinese–English alignment viewer and editor',
    lang: 'en',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#a4262c',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,bin,json,txt,webmanifest}'],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig(({ command }) => ({
  plugins: [react(), contentSecurityPolicyMeta(), compiledDictionary(), offlineApp],
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
