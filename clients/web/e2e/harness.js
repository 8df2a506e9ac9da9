// Test harness for the demo page's browser tests: builds and starts `notecoder serve --dev` on a free loopback port
// (or, with NOTECODER_E2E_SERVER=fake, the SDK's fake server that serves the same page — to test the tests), and
// launches Debian's chromium through playwright-core. Every page collects console errors and page errors so a test can
// assert there were none.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');

/** freePort asks the kernel for a free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(base, proc, stderrTail) {
  // Poll /readyz a bounded number of times; the server says when it can serve.
  for (let i = 0; i < 300; i++) {
    if (proc && proc.exitCode !== null) {
      throw new Error(`notecoder serve exited with ${proc.exitCode}:\n${stderrTail()}`);
    }
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`notecoder serve was not ready at ${base}/readyz after 30 s:\n${stderrTail()}`);
}

/**
 * startServer builds cmd/notecoder (once per process, into a temp dir) and starts `serve --dev` on a free port with
 * its database in a temp dir. Returns {base, stop}. NOTECODER_BIN may point at a prebuilt binary.
 */
export async function startServer() {
  if (process.env.NOTECODER_E2E_SERVER === 'fake') {
    const { FakeServer } = await import('../../js/test/fakeserver.js');
    const s = new FakeServer();
    s.staticRoot = path.join(repoRoot, 'clients/web');
    const url = await s.listen();
    return { base: url.replace(/^ws/, 'http').replace(/\/v1\/ws$/, ''), stop: () => s.stop(), fake: true };
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'notecoder-e2e-'));
  let bin = process.env.NOTECODER_BIN;
  if (!bin) {
    bin = path.join(tmp, 'notecoder');
    execFileSync('go', ['build', '-o', bin, './cmd/notecoder'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const proc = spawn(bin, ['serve', '--dev', '--addr', `127.0.0.1:${port}`, '--db', path.join(tmp, 'e2e.db')], {
    cwd: tmp,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => {
    stderr = (stderr + d.toString()).slice(-8000);
  });
  const tail = () => stderr;
  try {
    await waitReady(base, proc, tail);
  } catch (err) {
    proc.kill('SIGKILL');
    throw err;
  }
  return {
    base,
    stderr: tail,
    stop: async () => {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(t);
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
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
