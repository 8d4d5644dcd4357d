// The web view in a real browser: Debian's Chromium driven by playwright-core against `testops-export --headless`
// and the fake TestOps. Opens the page, checks the list, runs an export with Run now, sees progress and the new
// files, downloads one and compares its bytes, checks the 360 px layout and the Russian page.
//   APP=… FAKE=… ARTIFACTS=… node --test web_view.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAndWaitFor, launchChromium, lowContrast } from './helpers.mjs';

const { APP, FAKE, ARTIFACTS } = process.env;
assert.ok(APP && FAKE && ARTIFACTS, 'APP, FAKE and ARTIFACTS must be set');
mkdirSync(ARTIFACTS, { recursive: true });

const work = mkdtempSync(join(tmpdir(), 'web-view-'));
const exportsDir = join(work, 'exports');
let fake, app, appLog, browser, base, fakeUrl;

before(async () => {
  // 25 exports written earlier (by the Go tool, say): a second page of the list.
  mkdirSync(exportsDir, { recursive: true });
  for (let day = 1; day <= 25; day++) {
    const name = `testops_export_${day % 2 ? 'API' : 'UI'}_2026-10-${String(day).padStart(2, '0')}_07-00-00.csv`;
    writeFileSync(join(exportsDir, name), `allure_id;name\r\n${day};old ${day}\r\n`);
  }
  ({ child: fake, match: [, base] = [] } = await startAndWaitFor(FAKE, ['--port', '0'], {}, /FAKE_TESTOPS_URL=(\S+)/));
  fakeUrl = base;
  const env = {
    ...process.env, HOME: work, XDG_CONFIG_HOME: join(work, 'config'), LC_ALL: 'C.UTF-8',
    TESTOPS_BASE_URL: fakeUrl, TESTOPS_TOKEN: 'fake-api-token-0123456789',
    EXPORT_GROUPS: 'API=17:937:26961091,UI=17:937:24545654', EXPORT_PATH: exportsDir,
    WEB_PORT: '0', RETRY_DELAYS: '', CATCH_UP_MISSED: 'false', RETENTION_DAYS: '0', // the seeded files are old
  };
  ({ child: app, match: [, base] = [], log: appLog } = await startAndWaitFor(APP, ['--headless'], { env, cwd: work }, /web view at (http:\/\/\S+)/));
  browser = await launchChromium();
});

// Waits for the progress line to read `expected`; when it does not, says what it reads and what the app logged.
async function waitForProgress(page, expected, timeout = 30000) {
  try {
    await page.waitForFunction((text) => document.querySelector('#progress').textContent === text, expected, { timeout });
  } catch (error) {
    const reads = await page.textContent('#progress');
    throw new Error(`the progress line never read "${expected}" in ${timeout} ms; it reads "${reads}". The app's last lines:\n` +
      appLog().split('\n').slice(-40).join('\n'));
  }
}

const exited = (child) => new Promise((resolve) => {
  if (!child || child.exitCode !== null) return resolve();
  child.once('exit', resolve);
  child.kill('SIGTERM');
});

after(async () => {
  await browser?.close();
  await Promise.all([exited(app), exited(fake)]); // the app writes its schedule state as it stops
  rmSync(work, { recursive: true, force: true });
});

test('the page lists the exports, pages them and filters by group', async () => {
  const page = await browser.newPage({ locale: 'en-US' });
  await page.goto(base);
  await assert.doesNotReject(page.waitForFunction(() => document.querySelector('#files').textContent === '25'));
  assert.equal(await page.title(), 'TestOps exports');
  assert.equal(await page.locator('#exports tbody tr').count(), 20);
  assert.equal(await page.textContent('#page'), 'Page 1 of 2');
  const first = await page.locator('#exports tbody tr').first().locator('td').first().textContent();
  assert.equal(first, 'API'); // newest first: 2026-10-25 is API
  await page.click('#next');
  await page.waitForFunction(() => document.querySelector('#page').textContent === 'Page 2 of 2');
  assert.equal(await page.locator('#exports tbody tr').count(), 5);
  await page.selectOption('#group-filter', 'UI');
  await page.waitForFunction(() => document.querySelector('#page').textContent === 'Page 1 of 1');
  const groups = await page.locator('#exports tbody tr td:first-child').allTextContents();
  assert.equal(groups.length, 12);
  assert.ok(groups.every((name) => name === 'UI'));
  await page.close();
});

test('Run now shows progress and the new files', async () => {
  const page = await browser.newPage({ locale: 'en-US' });
  await page.goto(base);
  await page.waitForFunction(() => document.querySelector('#files').textContent === '25');
  // Nothing moves while an export runs: the list starts where it started.
  const listTop = () => page.evaluate(() => Math.round(document.querySelector('#exports').getBoundingClientRect().top));
  const topBefore = await listTop();
  assert.equal(await page.isVisible('#bar'), false);
  await page.click('#run-now');
  // The seeded files are the groups' previous exports (the Go tool's); the new ones are compared with them.
  await page.waitForFunction(() => /Export started\.|Group \d of 2/.test(document.querySelector('#progress').textContent));
  assert.equal(await page.isDisabled('#run-now'), true);
  assert.equal(await page.isVisible('#bar'), true); // a progress bar while it runs
  assert.ok(Number(await page.getAttribute('#bar', 'value')) < 100);
  assert.equal(await listTop(), topBefore);
  await page.screenshot({ path: join(ARTIFACTS, 'web-running.png'), fullPage: true });
  await waitForProgress(page, 'Done. New files: 2.');
  assert.equal(await page.isVisible('#bar'), false);
  assert.equal(await listTop(), topBefore);
  assert.equal(await page.locator('#exports tr.new').count(), 2);
  assert.equal(await page.textContent('#files'), '27');
  assert.equal(await page.isDisabled('#run-now'), false);
  const states = await page.locator('#groups tbody tr td:nth-child(2)').allTextContents();
  // The window's words, from the server: "OK, today at 7:00 AM" in the browser's language, the file beside.
  assert.equal(states.length, 2);
  assert.ok(states.every((state) => state.startsWith('OK, today at ')), states.join(' | '));
  const details = await page.locator('#groups tbody tr td:nth-child(3)').allTextContents();
  assert.ok(details.every((file) => /^testops_export_.+\.csv$/.test(file)), details.join(' | '));
  await page.screenshot({ path: join(ARTIFACTS, 'web-desktop.png'), fullPage: true });
  await page.close();
});

test('what changed since the previous export: per file on the list, case by case on its page', async () => {
  // In TestOps: 3 test cases of API added, 10 deleted, 16 edited; then Run now.
  const edit = await fetch(`${fakeUrl}/_fake/edit?group=26961091&add=3&remove=10&edit=16`, { method: 'POST' });
  assert.equal(edit.status, 200);
  const page = await browser.newPage({ locale: 'en-US' });
  await page.goto(base);
  await page.waitForFunction(() => document.querySelector('#files').textContent === '27');
  await page.click('#run-now');
  await waitForProgress(page, 'Done. New files: 2.');
  const rowOf = (group) => page.locator('#exports tbody tr', { has: page.locator('td:first-child', { hasText: group }) }).first();
  await page.waitForFunction(() => [...document.querySelectorAll('#exports tbody td.changes')].slice(0, 2)
    .every((td) => td.textContent !== 'comparing…'));
  assert.equal(await rowOf('API').locator('td.changes').textContent(), '+3 −10 ~16');
  assert.equal(await rowOf('UI').locator('td.changes').textContent(), 'no changes');
  await page.screenshot({ path: join(ARTIFACTS, 'web-changes-list.png'), fullPage: true });

  await rowOf('API').locator('td.changes a').click();
  await page.waitForURL(/\/changes\/testops_export_API_/);
  await page.waitForFunction(() => document.querySelectorAll('#cases li').length > 0);
  assert.deepEqual(await page.locator('#kinds button').allTextContents(),
    ['All (29)', 'Added (3)', 'Removed (10)', 'Changed (16)']);
  assert.equal(await page.locator('#cases li.added').count(), 3);
  assert.equal(await page.locator('#cases li.removed').count(), 10);
  await page.click('#kinds button[data-kind="changed"]');
  await page.waitForFunction(() => document.querySelectorAll('#cases li.changed').length === 16);
  const first = page.locator('#cases li.changed').first();
  assert.equal(await first.locator('td.field-name').textContent(), 'description');
  const [before, now] = await Promise.all([first.locator('td.old').textContent(), first.locator('td.new').textContent()]);
  assert.match(before, /^Описание теста 11\nВторая строка/); // multi-line cells keep their lines
  assert.match(now, /^Описание теста 11 \(ред\. 1\)\n/);
  assert.match(await page.textContent('#title'), /^Changes in API, \w{3} \d{1,2}, \d{4}/);
  // The summary says what changed and since when.
  assert.match(await page.textContent('#summary'), /^3 added, 10 removed, 16 changed since \w{3} \d{1,2}, \d{4}/);
  await page.screenshot({ path: join(ARTIFACTS, 'web-changes-page.png'), fullPage: true });
  // A search by id or name.
  await page.click('#kinds button[data-kind=""]');
  const name = await page.locator('#cases li.removed .case-name').first().textContent();
  await page.fill('#search', name);
  await page.waitForFunction(() => document.querySelectorAll('#cases li').length === 1);
  await page.fill('#search', 'no such case anywhere');
  await page.waitForFunction(() => !document.querySelector('#message').hidden);
  assert.equal(await page.textContent('#message'), 'No case holds “no such case anywhere”.');
  await page.fill('#search', '');
  await page.waitForFunction(() => document.querySelectorAll('#cases li').length === 29);
  // Another baseline: an export of the Go tool in October (one case, "old 1"), instead of the previous one.
  const options = await page.locator('#baseline option').allTextContents();
  assert.ok(options.length >= 3, options.join(' | '));
  assert.match(options[0], /\(the previous export\)$/);
  await page.selectOption('#baseline', { index: options.length - 1 });
  await page.waitForFunction(() => /^\d+ added, 1 removed, 0 changed since Oct/.test(document.querySelector('#summary').textContent));
  assert.equal(await page.textContent('#kinds button[data-kind="removed"]'), 'Removed (1)');
  await page.screenshot({ path: join(ARTIFACTS, 'web-changes-baseline.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the change page is ${overflow}px wider than a phone`);
  await page.close();
});

test('a download is byte for byte the file', async () => {
  const page = await browser.newPage({ locale: 'en-US', acceptDownloads: true });
  await page.goto(base);
  const link = page.locator('#exports tbody tr').first().locator('a');
  await link.waitFor();
  const name = await link.getAttribute('title');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), name);
  const saved = join(work, 'downloaded.csv');
  await download.saveAs(saved);
  assert.deepEqual(readFileSync(saved), readFileSync(join(exportsDir, name)));
  await page.close();
});

test('usable on a 360 px phone', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'en-US', deviceScaleFactor: 2 });
  await page.goto(base);
  await page.waitForFunction(() => document.querySelectorAll('#exports tbody tr').length > 0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  const button = await page.locator('#run-now').boundingBox();
  assert.ok(button && button.width >= 44 && button.x >= 0 && button.x + button.width <= 360);
  await page.screenshot({ path: join(ARTIFACTS, 'web-phone.png'), fullPage: true });
  await page.close();
});

test('the page speaks Russian to a Russian browser', async () => {
  const page = await browser.newPage({ locale: 'ru-RU' });
  await page.goto(base);
  assert.equal(await page.title(), 'Выгрузки TestOps');
  assert.equal(await page.textContent('#run-now'), 'Запустить сейчас');
  await page.screenshot({ path: join(ARTIFACTS, 'web-russian.png'), fullPage: true });
  await page.close();
});

test('the cleanup rules, read-only, reached from the header', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'en-US' });
  await page.goto(base);
  await page.click('a[href="/cleanup"]');
  await page.waitForSelector('table.cleanup-grid');
  assert.equal(await page.textContent('.cleanup-project h2'), 'Project 17 (project 17)');
  assert.equal(await page.locator('table.cleanup-grid td.missing').count(), 15); // the fake has no rules yet
  assert.match(await page.textContent('.cleanup-project p.warn'), /15 of 15 cells have no rule/);
  assert.equal(await page.locator('button, form').count(), 0); // nothing here writes to TestOps
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the cleanup page is ${overflow}px wider than the phone`);
  await page.screenshot({ path: join(ARTIFACTS, 'web-cleanup-phone.png'), fullPage: true });
  await page.close();
});

test('a dark page for a system that prefers it, readable (WCAG AA), and phone cards that say what each value is', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, colorScheme: 'dark', locale: 'en-US' });
  await page.goto(base);
  await page.waitForFunction(() => document.querySelectorAll('#exports tbody tr').length > 0);
  const pairs = await page.evaluate(() => {
    const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const css = (el) => getComputedStyle(el);
    const section = document.querySelector('main section');
    const button = document.getElementById('run-now');
    const link = document.querySelector('#exports a');
    const muted = document.querySelector('#exports td.file-time');
    return {
      background: css(document.body).backgroundColor,
      text: ratio(css(document.body).color, css(section).backgroundColor),
      button: ratio(css(button).color, css(button).backgroundColor),
      link: ratio(css(link).color, css(section).backgroundColor),
      muted: ratio(css(muted).color, css(section).backgroundColor),
      label: getComputedStyle(document.querySelector('#exports td.rows'), '::before').content,
      aria: link.getAttribute('aria-label'),
    };
  });
  const [r, g, b] = pairs.background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `the page is not dark: ${pairs.background}`);
  for (const name of ['text', 'button', 'link', 'muted'])
    assert.ok(pairs[name] >= 4.5, `${name} contrast ${pairs[name].toFixed(2)} is below 4.5:1`);
  assert.equal(pairs.label, '"Test cases: "');
  assert.match(pairs.aria, /^Download testops_export_\w+_\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d\.csv$/);
  await page.screenshot({ path: join(ARTIFACTS, 'web-dark-phone.png'), fullPage: true });
  await page.close();
});

test('every text on every page reads at 4.5:1 or more, light and dark (WCAG AA)', async () => {
  const answer = await fetch(new URL('/api/exports?size=100', base));
  const list = await answer.json();
  assert.ok(list.items, `/api/exports answered ${answer.status}: ${JSON.stringify(list)}`);
  const changed = list.items.find((item) => item.changes && item.changes.added + item.changes.removed + item.changes.changed > 0);
  assert.ok(changed, 'an export with changes to show');
  for (const colorScheme of ['light', 'dark']) {
    for (const [path, ready] of [['/', '#exports tbody tr'], [changed.changesUrl, '#cases .case'], ['/cleanup', 'table.cleanup-grid']]) {
      const page = await browser.newPage({ colorScheme, locale: 'en-US' });
      await page.goto(new URL(path, base).href);
      await page.waitForSelector(ready);
      if (path === changed.changesUrl) { // the changed cases open with their fields, old beside new
        await page.click('#kinds button[data-kind="changed"]');
        await page.waitForSelector('td.new mark'); // what differs inside a cell, marked as in the window
        const link = await page.getAttribute('#cases a.case-id', 'href');
        assert.match(link, /\/project\/17\/test-cases\/\d+$/); // each case opens in TestOps
      }
      const problems = await lowContrast(page);
      assert.deepEqual(problems, [], `${path} in ${colorScheme}: ${problems.join('; ')}`);
      if (path === changed.changesUrl && colorScheme === 'dark')
        await page.screenshot({ path: join(ARTIFACTS, 'web-changes-dark.png'), fullPage: true });
      await page.close();
    }
  }
});

test('an export that fails for good is a row of the list, with its reason and no download', async () => {
  const fault = await fetch(`${fakeUrl}/_fake/fault?name=JobFailed&times=-1`, { method: 'POST' });
  assert.equal(fault.status, 200);
  const page = await browser.newPage({ locale: 'en-US' });
  await page.goto(base);
  await page.waitForFunction(() => document.querySelectorAll('#exports tbody tr').length > 0);
  await page.click('#run-now');
  await waitForProgress(page, 'The export ended with errors: API, UI');
  const failed = page.locator('#exports tbody tr.failed');
  assert.equal(await failed.count(), 2);
  assert.match(await failed.first().textContent(), /Failed: TestOps could not prepare the export: .*locked/);
  assert.equal(await failed.first().locator('a').count(), 0); // nothing to download
  await page.screenshot({ path: join(ARTIFACTS, 'web-failed.png'), fullPage: true });
  await page.close();
  await fetch(`${fakeUrl}/_fake/fault?name=JobFailed&times=0`, { method: 'POST' });
});
