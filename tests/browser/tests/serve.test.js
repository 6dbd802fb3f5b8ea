// `aikosite serve` in a real browser: a page reloads by itself with the new text after its
// file is edited, a content error shows as an overlay over the page, and fixing the file
// removes the overlay and shows the fixed text.
//
//   node --test tests/browser/tests/serve.test.js        (from the repository root)
//
// Uses Debian's Chromium (/usr/bin/chromium, or $CHROMIUM) through playwright-core from
// tests/browser/node_modules, and the aikosite binary in $AIKOSITE_BIN or target/debug/.
// Every wait is bounded; nothing asserts on time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const ROOT = path.resolve(HERE, '..', '..', '..');
const BIN = process.env.AIKOSITE_BIN || path.join(ROOT, 'target', 'debug', 'aikosite');
const JOB = 'content/towns/raahe/jobs/cnc-koneistaja.fi.md';
const WAIT = 60_000;

/** Starts `aikosite serve` on a copy of the basic fixture; resolves with its address. */
async function startServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aikosite-serve-'));
  const site = path.join(dir, 'site');
  fs.cpSync(path.join(ROOT, 'tests', 'fixtures', 'basic'), site, { recursive: true });
  // In Finnish, as an editor with LANG=fi_FI.UTF-8 sees it: the overlay's own words too.
  const child = spawn(BIN, ['serve', '--root', site, '--port', '0', '--today', '2026-11-29', '--color', 'never', '--messages', 'fi'], {

    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = [];
  child.stderr.on('data', (d) => log.push(String(d)));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${log.join('')}`)), 120_000);
    child.stdout.on('data', (d) => {
      log.push(String(d));
      const m = /(http:\/\/[^ ]+\/)/.exec(log.join(''));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${log.join('')}`)));
  });
  const stop = () => {
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url, site, stop, log };
}

test('a page reloads after an edit, shows an error overlay and recovers', { timeout: 240_000 }, async (t) => {
  if (!fs.existsSync(BIN)) {
    t.skip(`no aikosite binary at ${BIN} (cargo build, or set AIKOSITE_BIN)`);
    return;
  }
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const origin = new URL(server.url).origin;
    // Only the local server: the theme and the reload script make no other requests.
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    await page.goto(new URL('raahe/tyopaikat/cnc-koneistaja/', server.url).toString());
    await page.waitForFunction(() => document.querySelector('script[src="/__aikosite/live.js"]'), null, { timeout: WAIT });
    // The event stream is open before we edit (the script says hello on connect).
    await page.waitForFunction(() => window.__aikositeLive !== undefined, null, { timeout: WAIT });
    assert.match(await page.title(), /CNC-koneistaja/);

    // A marker that a reload clears: the page must reload by itself.
    await page.evaluate(() => {
      window.__notReloaded = true;
    });
    const file = path.join(server.site, JOB);
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, original.replace('title: CNC-koneistaja', 'title: CNC-koneistaja Selaimessa'));
    await page.waitForFunction(() => document.title.includes('Selaimessa') && !window.__notReloaded, null, { timeout: WAIT });
    assert.match(await page.locator('h1').first().innerText(), /Selaimessa/);

    // A mistake: the overlay names the file and the line; the last good page stays under it.
    fs.writeFileSync(file, original.replace('sector: metal', 'sector: metall'));
    const overlay = page.locator('#aikosite-overlay');
    await overlay.waitFor({ state: 'visible', timeout: WAIT });
    const text = await overlay.innerText();
    assert.match(text, /cnc-koneistaja\.fi\.md:4:\d+/, text);
    assert.match(text, /metall/, text);
    assert.match(text, /1 virhe — alla näkyy viimeisin toimiva versio/, text);
    assert.match(text, /tuntematon toimiala/, text);
    assert.match(await overlay.locator('button').innerText(), /Piilota/);

    assert.match(await page.title(), /Selaimessa/);
    // It says it is a modal alert dialog, so focus moves into it (to its button).
    assert.equal(await overlay.getAttribute('role'), 'alertdialog');
    assert.equal(await overlay.getAttribute('aria-modal'), 'true');
    assert.ok(
      await page.evaluate(() => document.getElementById('aikosite-overlay').contains(document.activeElement)),
      'focus is inside the overlay',
    );

    // Fixed: the overlay goes away and the fixed text shows.
    fs.writeFileSync(file, original.replace('title: CNC-koneistaja', 'title: CNC-koneistaja Korjattu'));
    await page.waitForFunction(
      () => document.title.includes('Korjattu') && !document.getElementById('aikosite-overlay'),
      null,
      { timeout: WAIT },
    );
    assert.equal(await overlay.count(), 0);
  } catch (e) {
    e.message += `\n--- aikosite serve said ---\n${server.log.join('')}`;
    throw e;
  } finally {
    await browser.close();
    server.stop();
  }
});
