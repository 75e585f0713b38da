// Kill the server (SIGKILL) in the middle of an admin import, restart it on the same index, and check
// that the index opens and every record the server had logged as committed before the kill is there.
// No sleeps: the kill is triggered by the server's own "committed" log line, whenever it comes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, tempDir } from './server.mjs';

const KEY = 'e2e-admin-key';
const RECORDS = 20_000; // batches of 2,000 lines are committed one by one

function record(prefix, i) {
  const n = String(i).padStart(6, '0');
  return JSON.stringify({
    id: `${prefix}-${n}`, mark: `Kiemtra ${n} Sao Viet`, classes: [1 + (i % 45)], owner: `Cong ty ${i % 97}`,
    status: i % 2 ? 'pending' : 'registered', filingDate: '2020-01-02', disclaimed: [], markType: 'word',
  }) + '\n';
}

function registerFile(file) {
  const out = fs.openSync(file, 'w');
  for (let i = 0; i < RECORDS; i++) fs.writeSync(out, record('KILL', i));
  fs.closeSync(out);
}

test('an import killed midway leaves every committed record in an index that opens', async (t) => {
  const work = tempDir('se-kill-');
  t.after(() => fs.rmSync(work, { recursive: true, force: true }));
  const indexRoot = path.join(work, 'index');
  const upload = path.join(work, 'register.jsonl');
  registerFile(upload);
  const settings = { AdminApiKey: KEY, BuildSampleIndexWhenEmpty: 'false', 'RateLimit:Enabled': 'false' };

  const first = await startServer({ indexRoot, settings });
  t.after(() => first.kill());
  const before = await (await fetch(`${first.url}/health`)).json();
  assert.equal(before.trademarks.documents, 0);

  const importing = fetch(`${first.url}/api/admin/import?collection=trademarks&format=jsonl&name=register.jsonl`, {
    method: 'POST', headers: { 'X-Api-Key': KEY, 'content-type': 'application/x-ndjson' },
    body: fs.readFileSync(upload),
  }).then((r) => r.status, (e) => `failed: ${e.message}`);

  // The server writes this line only after the batch's commit has returned (fsync'd).
  const committed = await first.waitForLog(/register\.jsonl: (\d+) records committed through line (\d+)/);
  await first.kill();
  const outcome = await importing;
  const committedCount = Number(committed[1]);
  // Whatever else the server committed between that line and the kill is allowed to be there too.
  const lastLogged = Math.max(...first.lines.map((l) => l.match(/register\.jsonl: (\d+) records committed/)).filter(Boolean).map((m) => Number(m[1])));
  assert.ok(committedCount >= 2000, `first commit covered ${committedCount} records`);
  assert.notEqual(outcome, 200, 'the import finished before the kill: nothing was interrupted');

  const second = await startServer({ indexRoot, settings });
  t.after(() => second.kill());
  const health = await (await fetch(`${second.url}/health`)).json();
  const documents = health.trademarks.documents;
  assert.ok(documents >= lastLogged, `${documents} documents after restart, ${lastLogged} were logged as committed`);
  assert.ok(documents < RECORDS, `${documents} documents: the import was not cut short`);

  // Every committed record, one by one.
  const missing = [];
  for (let i = 0; i < lastLogged; i++) {
    const number = `KILL-${String(i).padStart(6, '0')}`;
    const r = await fetch(`${second.url}/api/trademarks/${number}`);
    if (r.status !== 200) missing.push(`${number}: ${r.status}`);
    else await r.arrayBuffer();
  }
  assert.deepEqual(missing.slice(0, 10), [], `${missing.length} committed records missing after restart`);

  // And the restarted server still takes writes (the kill left no stale lock behind).
  const tail = Array.from({ length: 100 }, (_, i) => record('AFTER', i)).join('');
  const again = await fetch(`${second.url}/api/admin/import?collection=trademarks&format=jsonl&name=tail.jsonl`, {
    method: 'POST', headers: { 'X-Api-Key': KEY, 'content-type': 'application/x-ndjson' }, body: tail,
  });
  assert.equal(again.status, 200, await again.text());
  const after = await (await fetch(`${second.url}/health`)).json();
  assert.equal(after.trademarks.documents, documents + 100);
  console.log(`killed after ${lastLogged} committed records; ${documents} documents after restart; all committed present`);
});
