// Starts a real `notecoder serve --dev` for tests: builds cmd/notecoder once into a temp dir (or uses NOTECODER_BIN),
// picks a free loopback port, keeps the database in a temp dir, and waits for /readyz. Shared by the SDK's socket tests
// and the demo page's browser tests.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

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

/** goAvailable reports whether the go tool is on PATH (needed to build the server). */
export function goAvailable() {
  if (process.env.NOTECODER_BIN) return true;
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let built = null;

function binary(tmp) {
  if (process.env.NOTECODER_BIN) return process.env.NOTECODER_BIN;
  if (!built) {
    built = path.join(tmp, 'notecoder');
    execFileSync('go', ['build', '-o', built, './cmd/notecoder'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  return built;
}

/**
 * startServer starts `notecoder serve --dev` and resolves with {base, wsURL, stderr(), stop()} once /readyz is 200.
 * It gives up (and kills the process) after a bounded number of polls.
 */
export async function startServer() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'notecoder-test-'));
  const bin = binary(tmp);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const proc = spawn(bin, ['serve', '--dev', '--addr', `127.0.0.1:${port}`, '--db', path.join(tmp, 'test.db')], {
    cwd: tmp,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => {
    stderr = (stderr + d.toString()).slice(-8000);
  });
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  for (let i = 0; i < 300; i++) {
    if (proc.exitCode !== null) {
      await stop();
      throw new Error(`notecoder serve exited with ${proc.exitCode}:\n${stderr}`);
    }
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.status === 200) return { base, wsURL: `ws://127.0.0.1:${port}/v1/ws`, stderr: () => stderr, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`notecoder serve was not ready at ${base}/readyz after 30 s:\n${stderr}`);
}
