// The examiner's page in real headless Chromium, against a server that built its index from the bundled
// samples on first start: search a mark, read the expected hit and its reasons, export CSV, use the
// patent tab by keyboard. Set SCREENSHOT_DIR to also save a picture of each tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer, tempDir, repoRoot, browserOptions } from './server.mjs';

const PATENT_QUERY = 'vaccine OR enzyme OR polyme';

// The expected hit comes from the bundled sample the server indexes on first start: the first live two-word
// mark with diacritics, searched the way applicants often write marks (capitals, no diacritics).
function expectedMark() {
  const file = path.join(repoRoot, 'src', 'SearchEngine.Core', 'Resources', 'Samples', 'trademarks-sample.jsonl.gz');
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
  for (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    const words = r.mark.split(' ');
    const folded = r.mark.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    if (r.status === 'registered' && words.length === 2 && words.every((w) => w.length >= 3) && folded !== r.mark
      && /^[A-Za-z ]+$/.test(folded) && r.classes?.length && !(r.disclaimed?.length)) {
      return { number: r.id, mark: r.mark, query: folded.toUpperCase(), cls: String(r.classes[0]) };
    }
  }
  throw new Error('no suitable mark in the sample');
}


test('examiner page: trademark search with reasons, CSV export, patent tab by keyboard', async (t) => {
  const work = tempDir('se-page-');
  const server = await startServer({ indexRoot: path.join(work, 'index'), settings: { 'RateLimit:Enabled': 'false' } });
  // The folder goes only once the server has exited: after hooks run in the order they were added.
  t.after(async () => {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });

  const browser = await chromium.launch(browserOptions);
  t.after(() => browser.close());
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });

  const home = await page.goto(`${server.url}/`);
  // The page runs under the server's strict policy: any script, style or connection it blocked would be a
  // console error, and those are asserted empty at the end.
  assert.match(home.headers()['content-security-policy'] ?? '', /script-src 'self';/);
  await page.waitForFunction(() => /[1-9]/.test(document.getElementById('health').textContent), null, { timeout: 90_000 });

  // A fresh index gets the default trademark reranker in the background after start.
  const deadline = Date.now() + 90_000;
  let health;
  do {
    health = await (await fetch(`${server.url}/health`)).json();
    if (!health.trademarks.modelVersion) await new Promise((r) => setTimeout(r, 500));
  } while (!health.trademarks.modelVersion && Date.now() < deadline);
  assert.ok(health.trademarks.modelVersion, `the default model is installed: ${health.trademarks.modelStatus}`);

  // Trademark tab: type the mark, tick a class with the keyboard, submit with Enter.
  const { number: EXPECTED_NUMBER, query: MARK_QUERY, cls: MARK_CLASS } = expectedMark();
  await page.fill('#tm-mark', MARK_QUERY);
  await page.focus(`#tm-classes input[value="${MARK_CLASS}"]`);
  await page.keyboard.press('Space');
  assert.ok(await page.isChecked(`#tm-classes input[value="${MARK_CLASS}"]`));
  await page.press('#tm-mark', 'Enter');
  const row = page.locator(`#tm-results tbody tr[data-number="${EXPECTED_NUMBER}"]`);
  await row.waitFor({ timeout: 90_000 });
  const reasons = await row.locator('ul.reasons li').allTextContents();
  assert.ok(reasons.length > 0, 'the hit shows its reasons');
  assert.ok(reasons.every((r) => r.trim().length > 0));
  const untranslated = (await page.locator('#tm-results ul.reasons li').allTextContents()).filter((r) => /^[a-z]+(-[a-z]+)*(:|$)/.test(r.trim()));
  assert.deepEqual(untranslated, [], 'every reason is shown in words, not as its code');
  assert.ok(await row.locator('.mark-text mark').count() > 0, 'the matched part of the mark is highlighted');
  assert.match(await row.locator('.band').textContent(), /\d/);
  assert.match(await page.locator('#tm-status-line').textContent(), /mô hình xếp hạng/, 'the page says the order is the model\'s');
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR, 'web-trademarks.png'), fullPage: false });

  // CSV export of what is on screen.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tm-export')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
  const shown = await page.locator('#tm-results tbody tr').count();
  assert.equal(lines.length, shown + 1, 'a header and one line per hit shown');
  assert.ok(lines.some((l) => l.startsWith(`${EXPECTED_NUMBER},`)), 'the expected hit is in the CSV');
  assert.match(download.suggestedFilename(), /^trademarks-.*\.csv$/);

  // Goods text suggests Nice classes; pressing a suggestion ticks its class.
  await page.click('details.goods summary');
  await page.fill('#tm-goods', 'cà phê rang xay; bánh quy');
  const suggestion = page.locator('#tm-goods-suggest button.suggest').first();
  await suggestion.waitFor({ timeout: 30_000 });
  assert.match(await suggestion.textContent(), /^30 · /, 'coffee and biscuits are class 30');
  const wasTicked = await page.isChecked('#tm-classes input[value="30"]');
  await suggestion.click();
  assert.equal(await page.isChecked('#tm-classes input[value="30"]'), !wasTicked);
  assert.equal(await suggestion.getAttribute('aria-pressed'), String(!wasTicked));

  // English labels.
  await page.click('#lang');
  assert.equal(await page.textContent('#tab-tm'), 'Trademarks');

  // Patent tab, reached with the arrow key; search with Enter; click a facet.
  await page.focus('#tab-tm');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('#tab-pt', 'aria-selected'), 'true');
  assert.ok(await page.isVisible('#panel-pt'));
  await page.fill('#pt-q', PATENT_QUERY);
  await page.press('#pt-q', 'Enter');
  await page.locator('#pt-results li.patent').first().waitFor({ timeout: 90_000 });
  assert.ok(await page.locator('#pt-results .passage mark').count() > 0, 'passages show the matched words');
  const facet = page.locator('#pt-facet-groups button.facet').first();
  await facet.waitFor();
  const before = await page.textContent('#pt-status-line');
  await facet.click();
  await page.locator('#pt-facet-groups .chip').first().waitFor({ timeout: 90_000 });
  await page.waitForFunction((b) => document.getElementById('pt-status-line').textContent !== b, before, { timeout: 90_000 });
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR, 'web-patents.png'), fullPage: false });

  assert.deepEqual(pageErrors, []);
});
