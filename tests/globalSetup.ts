import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Tests run the built CLI (bin/duilian.mjs -> dist-cli/): bundle it first when the sources
 * changed since the last build, so `npm test` on a fresh clone or after an edit is right.
 */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [resolve(root, 'scripts/buildCli.mjs')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
