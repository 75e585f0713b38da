// A damaged collection must be visible on the page as what it is (which collection, why, how to fix it),
// not as a server that does not answer: the API answers /health with 503 and the problem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, tempDir, browserOptions } from './server.mjs';

test('a refused trademark index is named on the page with its problem and remedy', async (t) => {
  const work = tempDir('se-health-');
  const indexRoot = path.join(work, 'index');
  // Index files without a commit point: the server must refuse the folder, never build the sample over it.
  fs.mkdirSync(path.join(indexRoot, 'trademarks'), { recursive: true });
  fs.writeFileSync(path.join(indexRoot, 'trademarks', '_0.cfs'), Buffer.alloc(64, 7));
  const server = await startServer({ indexRoot, settings: { 'RateLimit:Enabled': 'false' } });
  t.after(async () => {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });

  const health = await fetch(`${server.url}/health`);
  assert.equal(health.status, 503);
  const body = await health.json();
  assert.equal(body.trademarks.status, 'unavailable');
  assert.ok(body.trademarks.problem, 'the refusal carries its problem');

  const browser = await chromium.launch(browserOptions);
  t.after(() => browser.close());
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => /not served|không phục vụ/.test(document.getElementById('health').textContent), null, { timeout: 90_000 });
  const line = await page.locator('#health').textContent();
  assert.match(line, /Trademarks|Nhãn hiệu/);
  assert.ok(line.includes(body.trademarks.problem), `the page shows the server's problem: ${line}`);
  assert.ok(await page.locator('#health.error').count() === 1, 'the line is marked as an error');
  assert.doesNotMatch(line, /Server not answering|Máy chủ không phản hồi/);
});
