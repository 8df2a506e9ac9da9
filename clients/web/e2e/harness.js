// Test harness for the demo page's browser tests: builds and starts `notecoder serve --dev` on a free loopback port
// (or, with NOTECODER_E2E_SERVER=fake, the SDK's fake server that serves the same page — to test the tests), and
// launches Debian's chromium through playwright-core. Every page collects console errors and page errors so a test can
// assert there were none.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer as startRealServer, repoRoot } from '../../js/test/realserver.js';

/**
 * startServer starts `notecoder serve --dev` (built from this checkout, or NOTECODER_BIN) on a free port, or with
 * NOTECODER_E2E_SERVER=fake the SDK's fake server serving the same page. Returns {base, stop}.
 */
export async function startServer() {
  if (process.env.NOTECODER_E2E_SERVER === 'fake') {
    const { FakeServer } = await import('../../js/test/fakeserver.js');
    const s = new FakeServer();
    s.staticRoot = path.join(repoRoot, 'clients/web');
    const url = await s.listen();
    return { base: url.replace(/^ws/, 'http').replace(/\/v1\/ws$/, ''), stop: () => s.stop(), fake: true };
  }
  return startRealServer();
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** launchBrowser starts headless chromium with a fresh profile and no background network traffic. */
export async function launchBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'notecoder-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * openPage opens url in a new tab and records console errors and uncaught page errors in page.problems.
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  // A local server answers in milliseconds; 15 s per wait keeps a failing run short without flaking a slow machine.
  page.setDefaultTimeout(15000);
  page.problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  await page.goto(url);
  return page;
}

/** uniqueDoc returns a document id no other test uses. */
export function uniqueDoc(prefix) {
  return `e2e/${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}
