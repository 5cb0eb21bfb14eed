/**
 * The built app served by `vite preview` and a headless Debian Chromium pointed at it, for the
 * scripts that measure or photograph the app (bench:app, bench:grid, screenshots). Run `vite
 * build` first. `close()` stops both, the server with its whole process group.
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

export interface PreviewApp {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

async function waitForServer(url: string): Promise<void> {
  for (let k = 0; k < 300; k++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

export async function openPreviewApp(port: number): Promise<PreviewApp> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    // Its own process group, so the server npx starts is stopped with it (kill() stops npx only).
    { stdio: 'ignore', detached: true },
  );
  const stopServer = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid);
  };
  const url = `http://127.0.0.1:${port}/`;
  try {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    await waitForServer(url).catch(async (error: unknown) => {
      await browser.close();
      throw error;
    });
    return {
      url,
      browser,
      async close() {
        await browser.close();
        stopServer();
      },
    };
  } catch (error) {
    stopServer();
    throw error;
  }
}
