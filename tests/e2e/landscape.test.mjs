// Patent tab for a Vietnamese researcher, in real headless Chromium: a Vietnamese query finds English
// grants through its translation (and says so), the translation switch turns that off, and the landscape
// charts load, are reachable by keyboard, are named for screen readers and match the CSV.
// Set SCREENSHOT_DIR to also save a picture of each chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, tempDir, browserOptions } from './server.mjs';

const QUERY = 'điốt phát quang';
const DIMENSIONS = ['filingYears', 'applicants', 'ipcSubclasses', 'ipcGroups', 'priorityCountries'];
// Vietnamese application numbers look like 1-2021-00955; US grant numbers are digits (or D0534504).
const isVietnamese = (number) => /^\d-\d{4}-\d+$/.test(number);

test('patent tab: cross-lingual hits, translation switch, landscape charts by keyboard and as CSV', async (t) => {
  const work = tempDir('se-landscape-');
  const server = await startServer({ indexRoot: path.join(work, 'index'), settings: { 'RateLimit:Enabled': 'false' } });
  // The folder goes only once the server has exited: after hooks run in the order they were added.
  t.after(async () => {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });
  const browser = await chromium.launch(browserOptions);
  t.after(() => browser.close());
  const page = await (await browser.newContext({ viewport: { width: 1360, height: 1000 } })).newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });

  await page.goto(`${server.url}/#patents`);
  await page.waitForFunction(() => /[1-9]/.test(document.getElementById('health').textContent), null, { timeout: 120_000 });
  await page.fill('#pt-q', QUERY);
  await page.press('#pt-q', 'Enter');
  await page.locator('#pt-results li.patent').first().waitFor({ timeout: 90_000 });

  // Translated: the page names the translation, and an English grant says which translation it matched, highlighted.
  assert.match(await page.textContent('#pt-translations'), /“điốt phát quang” → “light emitting diode”/);
  const numbers = await page.locator('#pt-results li.patent').evaluateAll((lis) => lis.map((li) => li.dataset.number));
  assert.ok(numbers.some((n) => !isVietnamese(n)), `English grants are among the hits: ${numbers}`);
  const english = page.locator('#pt-results li.patent', { has: page.locator('.p-translated') }).first();
  assert.match(await english.locator('.p-translated').textContent(), /light emitting diode/);
  assert.ok(!isVietnamese(await english.getAttribute('data-number')));
  const marked = (await english.locator('mark').allTextContents()).map((m) => m.toLowerCase());
  assert.ok(marked.includes('diode'), `the translation is highlighted: ${marked}`);

  // The switch turns translation off: Vietnamese records only.
  await page.uncheck('#pt-translate');
  await page.press('#pt-q', 'Enter');
  await page.waitForFunction(() => document.getElementById('pt-translations').hidden, null, { timeout: 90_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('#pt-results li.patent')].every((li) => /^\d-\d{4}-\d+$/.test(li.dataset.number)),
    null, { timeout: 90_000 });
  await page.check('#pt-translate');
  await page.press('#pt-q', 'Enter');
  await page.waitForFunction(() => !document.getElementById('pt-translations').hidden, null, { timeout: 90_000 });

  // Landscape: one chart per dimension.
  await page.click('#pt-landscape-box summary');
  await page.locator('#pt-charts figure.chart').nth(DIMENSIONS.length - 1).waitFor({ timeout: 90_000 });
  const shown = await page.locator('#pt-charts figure.chart').evaluateAll((fs_) => fs_.map((f) => f.dataset.dimension));
  assert.deepEqual(shown, DIMENSIONS);

  // Keyboard: one tab stop per chart; arrows move between bars, each named "value: count".
  const years = page.locator('figure.chart[data-dimension="filingYears"] svg');
  assert.equal(await years.getAttribute('role'), 'list');
  const yearBars = years.locator('g.bar');
  const yearCount = await yearBars.count();
  assert.ok(yearCount >= 2, 'several filing years');
  assert.equal(await years.locator('g.bar[tabindex="0"]').count(), 1, 'a single tab stop in the chart');
  await yearBars.first().focus();
  const first = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.notEqual(first, second, 'ArrowRight moves to the next bar');
  assert.match(second, /^\d{4}: \d+ /);
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), await yearBars.last().getAttribute('aria-label'));

  // The CSV behind the link holds the same counts as the charts' data tables.
  const href = await page.getAttribute('#pt-landscape-csv', 'href');
  const response = await fetch(new URL(href, server.url));
  assert.match(response.headers.get('content-type'), /^text\/csv/);
  const rows = (await response.text()).trim().split(/\r\n/);
  assert.equal(rows[0], 'dimension,value,count');
  for (const name of DIMENSIONS) {
    const table = await page.locator(`figure.chart[data-dimension="${name}"] tbody tr`).evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const csv = rows.filter((r) => r.startsWith(`${name},`)).map((r) => {
      const cells = r.slice(name.length + 1);
      const cut = cells.lastIndexOf(',');
      return [cells.slice(0, cut).replace(/^"(.*)"$/, '$1').replace(/""/g, '"'), cells.slice(cut + 1)];
    });
    assert.deepEqual(csv, table, `${name}: CSV and chart agree`);
  }

  const yearTotal = rows.filter((r) => r.startsWith('filingYears,')).reduce((sum, r) => sum + Number(r.split(',').at(-1)), 0);
  const status = await page.textContent('#pt-landscape-status');
  assert.ok(status.includes(String(yearTotal)), `every counted document has a filing year: ${status} vs ${yearTotal}`);

  if (process.env.SCREENSHOT_DIR) {
    for (const name of DIMENSIONS) {
      await page.locator(`figure.chart[data-dimension="${name}"]`).screenshot({ path: path.join(process.env.SCREENSHOT_DIR, `patents-chart-${name}.png`) });
    }
  }

  assert.deepEqual(pageErrors, []);
});
