// Starts the real API server (the built SearchEngine.Api.dll) on a free loopback port with its own index
// root, and lets a test wait for log lines and kill it. Every wait is bounded and fails with the log.
import { spawn } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
const contentRoot = path.join(repoRoot, 'src', 'SearchEngine.Api');
const dll = path.join(contentRoot, 'bin', 'Release', 'net10.0', 'SearchEngine.Api.dll');

export async function startServer({ indexRoot, settings = {}, startTimeoutMs = 240_000 }) {
  if (!fs.existsSync(dll)) throw new Error(`${dll} is missing: build src/SearchEngine.Api in Release first (tests/e2e/run.sh does)`);
  const args = [dll, '--urls', 'http://127.0.0.1:0', '--contentRoot', contentRoot,
    `--SearchEngine:IndexRoot=${indexRoot}`, '--Logging:Console:FormatterOptions:SingleLine=true',
    '--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information',
    ...Object.entries(settings).map(([k, v]) => `--SearchEngine:${k}=${v}`)];
  const child = spawn('dotnet', args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOTNET_NOLOGO: '1', ASPNETCORE_ENVIRONMENT: 'Production' },
  });
  const lines = [];
  const waiters = new Set();
  let exited = null;
  const onLine = (line) => {
    lines.push(line);
    for (const w of waiters) if (w.regex.test(line)) { waiters.delete(w); w.resolve(line.match(w.regex)); }
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      buffer += chunk;
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) { onLine(buffer.slice(0, nl)); buffer = buffer.slice(nl + 1); }
    });
  }
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => {
    exited = { code, signal };
    for (const w of waiters) w.reject(new Error(`server exited (${code ?? signal}) while waiting for ${w.regex}\n${log()}`));
    waiters.clear();
    resolve(exited);
  }));
  const log = () => lines.slice(-60).join('\n');

  const waitForLog = (regex, timeoutMs = 120_000) => {
    const seen = lines.find((l) => regex.test(l));
    if (seen) return Promise.resolve(seen.match(regex));
    if (exited) return Promise.reject(new Error(`server already exited (${exited.code ?? exited.signal})\n${log()}`));
    return new Promise((resolve, reject) => {
      const w = { regex, resolve, reject };
      waiters.add(w);
      setTimeout(() => {
        if (waiters.delete(w)) reject(new Error(`no log line matching ${regex} within ${timeoutMs} ms\n${log()}`));
      }, timeoutMs).unref();
    });
  };

  const listening = await waitForLog(/Now listening on: (http:\/\/127\.0\.0\.1:\d+)/, startTimeoutMs);
  return {
    url: listening[1],
    lines,
    log,
    waitForLog,
    /** Stops the server the hard way (SIGKILL: no shutdown code runs) and waits until it is gone. */
    async kill() { if (!exited) child.kill('SIGKILL'); return exit; },
    /** Asks the server to stop (SIGTERM: graceful shutdown) and waits. */
    async stop() { if (!exited) child.kill('SIGTERM'); return exit; },
  };
}

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', prefix));
}

/** How every browser test launches Chromium: headless, no first-run or network side trips, a fresh profile each launch. */
export const browserOptions = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
