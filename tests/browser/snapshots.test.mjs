// The snapshots page in a real browser (Debian's Chromium driven by playwright-core): two snapshots of a
// stored group taken with `testops-export --snapshot-now`, a colleague's edits between them, then the page of
// `testops-export --headless`: reached from the header, a case as the newest snapshot kept it, its
// comparison with the older one (the old name struck out, the new one added): the list, the case and the
// comparison in English at 1280 px (light and dark) and in Russian on a 360 px phone, a screenshot of each.
//   APP=… FAKE=… ARTIFACTS=… node --test snapshots.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAndWaitFor, launchChromium, lowContrast } from './helpers.mjs';

const { APP, FAKE, ARTIFACTS } = process.env;
assert.ok(APP && FAKE && ARTIFACTS, 'APP, FAKE and ARTIFACTS must be set');
mkdirSync(ARTIFACTS, { recursive: true });

const work = mkdtempSync(join(tmpdir(), 'web-snapshots-'));
let fake, app, browser, base, env;

before(async () => {
  let fakeUrl;
  ({ child: fake, match: [, fakeUrl] = [] } = await startAndWaitFor(FAKE, ['--port', '0', '--model', '17:937:2001:6:Stored'], {}, /FAKE_TESTOPS_URL=(\S+)/));
  env = {
    ...process.env, HOME: work, XDG_CONFIG_HOME: join(work, 'config'), LC_ALL: 'C.UTF-8',
    TESTOPS_BASE_URL: fakeUrl, TESTOPS_TOKEN: 'fake-api-token-0123456789',
    EXPORT_GROUPS: 'Stored=17:937:2001', EXPORT_PATH: join(work, 'exports'), WEB_PORT: '0', RETRY_DELAYS: '',
    CATCH_UP_MISSED: 'false', SNAPSHOT_KEEP: '',
  };
  execFileSync(APP, ['--snapshot-now'], { env, cwd: work });
  // A colleague renames half of the cases; a second later (a snapshot's id is its second) the next snapshot.
  await fetch(`${fakeUrl}/_fake/model-edit?group=2001&percent=50`, { method: 'POST' });
  await new Promise((resolve) => setTimeout(resolve, 1100));
  execFileSync(APP, ['--snapshot-now'], { env, cwd: work });
  ({ child: app, match: [, base] = [] } = await startAndWaitFor(APP, ['--headless'], { env, cwd: work }, /web view at (http:\/\/\S+)/));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app.on('exit', resolve));
    app.kill('SIGTERM');
    await exited;
  }
  fake?.kill();
  rmSync(work, { recursive: true, force: true });
});

test('a case at a snapshot, and what changed since the one before', async () => {
  const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await page.goto(base);
  await page.click('a[href="/snapshots"]');
  await page.waitForSelector('#cases li button');
  assert.equal(await page.textContent('h1'), 'Snapshots');
  assert.equal(await page.locator('#snapshot option').count(), 2);
  assert.equal(await page.locator('#cases li.case').count(), 6);
  // A tree by the cases' paths: the sub-group holds some of them.
  assert.ok(await page.locator('#cases li.path summary').count() >= 1);
  assert.ok(await page.locator('#cases li.path li.case').count() >= 1);
  assert.match(await page.textContent('#message'), /^6 test cases$/);
  await page.screenshot({ path: join(ARTIFACTS, 'web-snapshots-list.png'), fullPage: true });
  // Found by name; the newest snapshot is the one shown first.
  await page.fill('#search', 'edited 0');
  assert.equal(await page.locator('#cases li.case').count(), 1);
  await page.press('#search', 'Enter'); // the first case found, from the keyboard
  await page.waitForSelector('#case:not([hidden]) .snapshot-lines div');
  const lines = await page.locator('.snapshot-lines div').allTextContents();
  assert.match(lines[0], /^\d+ {2}edited 0$/);
  assert.ok(lines.includes('Steps:'), lines.join('\n'));
  assert.ok(lines.some((l) => /^ {2}4\. \[shared step \d+\] Log in as/.test(l)), lines.join('\n'));
  // The shared step's own steps under it, with their expected results.
  assert.ok(lines.some((l) => /^ +4\.1\. Open the login page$/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => /^ +Expected: The dashboard opens$/.test(l)), lines.join('\n'));
  // Its attachments, each a download of the bytes kept.
  const links = page.locator('#attachments a');
  assert.ok(await links.count() >= 1);
  assert.match(await page.locator('#attachments li').first().textContent(), /\.png\s+\d+\.\d\skB$/);
  const name = await links.first().textContent();
  assert.equal(await links.first().getAttribute('download'), name);
  const file = await page.request.get(new URL(await links.first().getAttribute('href'), page.url()).href);
  assert.equal(file.status(), 200);
  assert.match(file.headers()['content-disposition'], /^attachment; filename="/);
  assert.ok((await file.body()).length > 0);
  await page.screenshot({ path: join(ARTIFACTS, 'web-snapshots-case.png'), fullPage: true });
  // Compared with the older snapshot: the name it had then, struck out, and the new one.
  await page.selectOption('#compare', { index: 1 });
  await page.waitForSelector('.snapshot-lines .add');
  const removed = await page.locator('.snapshot-lines .del').allTextContents();
  const added = await page.locator('.snapshot-lines .add').allTextContents();
  assert.ok(removed.some((l) => l.startsWith('- ') && l.includes('Stored: case')), removed.join('\n'));
  assert.ok(added.some((l) => l.startsWith('+ ') && l.includes('edited 0')), added.join('\n'));
  // Inside the name's line, the words that changed are marked.
  assert.deepEqual(await page.locator('.snapshot-lines .add mark').allTextContents().then((m) => m.filter((t) => t === 'edited 0')), ['edited 0']);
  assert.deepEqual(await lowContrast(page), []);
  await page.screenshot({ path: join(ARTIFACTS, 'web-snapshots-compare.png'), fullPage: true });
  await page.close();
});

test('the comparison in dark mode reads at 4.5:1 or more', async () => {
  const page = await browser.newPage({ colorScheme: 'dark', locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await page.goto(new URL('/snapshots', base).href);
  await page.waitForSelector('#cases li button');
  await page.fill('#search', 'edited 0');
  await page.click('#cases li.case button');
  await page.selectOption('#compare', { index: 1 });
  await page.waitForSelector('.snapshot-lines .add mark');
  const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `the page is not dark: rgb(${r}, ${g}, ${b})`);
  const problems = await lowContrast(page);
  assert.deepEqual(problems, [], problems.join('; '));
  await page.screenshot({ path: join(ARTIFACTS, 'web-snapshots-compare-dark.png'), fullPage: true });
  await page.close();
});

test('in Russian on a phone', async () => {
  const page = await browser.newPage({ locale: 'ru-RU', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(new URL("/snapshots", base).href);
  await page.waitForSelector('#cases li button', { timeout: 10000 }).catch(async (e) => {
    throw new Error(`${e.message}\nmessage: ${await page.textContent('#message')}\nerrors: ${errors.join('\n')}`);
  });
  assert.equal(await page.textContent('h1'), 'Снимки');
  assert.match(await page.textContent('#message'), /^Тест-кейсов: 6$/);
  const phoneOverflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(await phoneOverflow() <= 0, 'the list of snapshots is wider than the phone');
  await page.screenshot({ path: join(ARTIFACTS, 'web-snapshots-phone-ru-list.png'), fullPage: true });
  await page.fill('#search', 'edited 0');
  await page.click('#cases li.case button');
  await page.waitForSelector('#case:not([hidden]) .snapshot-lines div');
  // The case's own lines in the reader's words too (the app runs in English here).
  assert.match(await page.locator('.snapshot-lines div').first().textContent(), /^\d+ {2}\S/);
  const ruLines = await page.locator('.snapshot-lines div').allTextContents();
  assert.ok(ruLines.includes('Шаги:') && !ruLines.includes('Steps:'), ruLines.join('\n'));
  assert.equal(await page.textContent('label[for], .snapshot-case label span'), 'Сравнить с');
  assert.match(await page.locator('#attachments li').first().textContent(), /\.png\s+\d+,\d\sкБ$/);
  const overflow = await phoneOverflow();
  assert.ok(overflow <= 0, `the snapshots page is ${overflow}px wider than the phone`);
  await page.screenshot({ path: join(ARTIFACTS, 'web-snapshots-phone-ru-case.png'), fullPage: true });
  // Compared with the older snapshot, in Russian and within the phone's width.
  await page.selectOption('#compare', { index: 1 });
  await page.waitForSelector('.snapshot-lines .add');
  const ruRemoved = await page.locator('.snapshot-lines .del').allTextContents();
  const ruAdded = await page.locator('.snapshot-lines .add').allTextContents();
  assert.ok(ruRemoved.some((l) => l.includes('Stored: case')) && ruAdded.some((l) => l.includes('edited 0')),
    [...ruRemoved, ...ruAdded].join('\n'));
  assert.ok(await phoneOverflow() <= 0, 'the comparison is wider than the phone');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(ARTIFACTS, 'web-snapshots-phone-ru-compare.png'), fullPage: true });
  await page.close();
});
