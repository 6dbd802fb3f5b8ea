// On-site search in the browser: the search page loads its index from the site itself (no
// third-party request), finds a Finnish word by an inflected form and a Swedish one in the
// Swedish index, and never mixes the languages; on a larger site, fetches only what the results
// on screen need.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sites } from '../lib/site.js';
import { serve } from '../lib/server.js';
import { launch, newContext } from '../lib/browser.js';

/** Searches on a search page and returns the result links: [{title, href}]. */
async function search(page, url, query) {
  await page.goto(url);
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => {
    const s = document.querySelector('#aikosite-search [role=status]');
    return s && s.textContent && !s.textContent.includes('…');
  }, null, { timeout: 20_000 });
  return page.$$eval('#aikosite-search ol a', (as) => as.map((a) => ({ title: a.textContent, href: a.getAttribute('href') })));
}

for (const site of sites()) {
  const searchPages = site.pages.filter((p) => p.kind === 'search');
  describe(`search (${site.name})`, () => {
    let server, browser, context;
    before(async () => {
      server = await serve(site.dir, site.basePath);
      browser = await launch();
      context = await newContext(browser, server.origin);
    });
    after(async () => {
      await context?.close();
      await browser?.close();
      await server?.close();
    });

    it('has a search page in every language', () => {
      assert.deepEqual([...new Set(searchPages.map((p) => p.lang))].sort(), [...site.languages].sort());
    });

    it('finds a job by an inflected form of a word of its title, in that language only', async () => {
      const page = await context.newPage();
      const external = [];
      page.on('request', (r) => { if (!r.url().startsWith(server.origin)) external.push(r.url()); });
      // One query per language: Finnish "koneistajaksi" (translative of koneistaja) and
      // Swedish "maskinisten" (definite form of maskinist) in the basic fixture; in any other
      // site (the demo), the longest word of a job's title in each language.
      const cases = site.name === 'basic'
        ? [{ lang: 'fi', query: 'koneistajaksi', expect: 'CNC-koneistaja' }, { lang: 'sv', query: 'maskinisten', expect: 'CNC-maskinist' }]
        : site.languages.map((lang) => {
          const job = site.pages.find((p) => p.kind === 'job' && p.lang === lang);
          const title = job.html.match(/<h1[^>]*>([^<]+)<\/h1>/)[1].trim();
          const word = title.split(/[\s,–-]+/).filter((w) => w.length >= 5).sort((a, b) => b.length - a.length)[0] || title;
          return { lang, query: word.toLowerCase(), expect: title };
        });
      for (const c of cases) {
        const searchPage = searchPages.find((p) => p.lang === c.lang);
        assert.ok(searchPage, `a search page in ${c.lang}`);
        const hits = await search(page, server.url(searchPage.sitePath), c.query);
        assert.ok(hits.some((h) => h.title.includes(c.expect)), `${c.lang} "${c.query}" finds "${c.expect}": ${JSON.stringify(hits.slice(0, 5))}`);
        for (const h of hits) {
          const target = site.pages.find((p) => p.sitePath === h.href);
          assert.ok(target, `result ${h.href} is a page of the site`);
          assert.equal(target.lang, c.lang, `result ${h.href} is in ${c.lang}`);
        }
      }
      assert.deepEqual(external, [], 'no request leaves the site');
      await page.close();
    });

    it('says so when nothing matches', async () => {
      const page = await context.newPage();
      const hits = await search(page, server.url(searchPages[0].sitePath), 'qxzvqxzv');
      assert.equal(hits.length, 0);
      const status = await page.textContent('#aikosite-search [role=status]');
      assert.ok(status.includes('qxzvqxzv'), status);
      await page.close();
    });
  });
}

// A site of some 1,700 pages per language (bench/gen_corpus.py with 400 jobs, built here): the
// index is cut into many files, and a search fetches the manifest, the term files of its words
// and only the page files of the results on screen, 20 at a time.
describe('search on a larger site', () => {
  const HERE = path.dirname(new URL(import.meta.url).pathname);
  const ROOT = path.resolve(HERE, '..', '..', '..');
  const BIN = process.env.AIKOSITE_BIN || path.join(ROOT, 'target', 'debug', 'aikosite');
  let dir, out, server, browser, context;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aikosite-search-'));
    out = path.join(dir, 'out');
    execFileSync('python3', [path.join(ROOT, 'bench', 'gen_corpus.py'), path.join(dir, 'site'), '--jobs', '400'], { stdio: 'ignore' });
    execFileSync(BIN, ['build', '--root', path.join(dir, 'site'), '--output', out, '--today', '2026-12-02', '--quiet']);
    server = await serve(out, '/');
    browser = await launch();
    context = await newContext(browser, server.origin);
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The pages-N.json that holds each page's address, in one language's index folder. */
  function chunkOf(folder) {
    const map = new Map();
    for (const f of fs.readdirSync(path.join(out, folder))) {
      const m = f.match(/^pages-(\d+)\.json$/);
      if (!m) continue;
      for (const row of JSON.parse(fs.readFileSync(path.join(out, folder, f), 'utf8'))) map.set(row[0], Number(m[1]));
    }
    return map;
  }
  /** Opens a search page and searches; `withoutMore` removes the theme's "more" label. */
  async function open(sitePath, query, withoutMore) {
    const page = await context.newPage();
    const fetched = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname.endsWith('.json')) fetched.push(u.pathname);
    });
    if (withoutMore) {
      await page.route(server.url(sitePath), async (route) => {
        const res = await route.fetch();
        const html = (await res.text()).replace(/ data-more="[^"]*"/, '');
        await route.fulfill({ response: res, body: html });
      });
    }
    const hits = await search(page, server.url(sitePath), query);
    return { page, fetched, hits };
  }
  const pagesFiles = (fetched) => new Set(fetched.filter((f) => /pages-\d+\.json$/.test(f)).map((f) => Number(f.match(/(\d+)\.json$/)[1])));

  it('shows the first 20 results, fetching only their page files, and the rest on demand', async () => {
    const chunks = chunkOf('haku');
    const { page, fetched, hits } = await open('/haku/', 'savonlinna');
    assert.equal(hits.length, 20, 'the first 20 results');
    const status = await page.textContent('#aikosite-search [role=status]');
    assert.match(status, /\b1\d\d\b/, `the count of all results: ${status}`);
    for (const f of fetched) assert.match(f, /^\/haku\/(index|terms-\d+|pages-\d+)\.json$/, 'only the index files');
    assert.equal(fetched.filter((f) => f.endsWith('index.json')).length, 1);
    assert.deepEqual(pagesFiles(fetched), new Set(hits.map((h) => chunks.get(h.href))), 'the page files of the results shown, no other');
    assert.ok(hits.every((h) => h.href.startsWith('/savonlinna/')), JSON.stringify(hits.slice(0, 3)));
    const button = page.locator('#aikosite-search button.search-more');
    assert.ok(await button.isVisible(), 'a "more" button');
    assert.equal((await button.textContent()).trim(), 'Näytä lisää tuloksia', "the theme's label");
    await button.click();
    await page.waitForFunction(() => document.querySelectorAll('#aikosite-search ol a').length === 40, null, { timeout: 20_000 });
    const all = await page.$$eval('#aikosite-search ol a', (as) => as.map((a) => a.getAttribute('href')));
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), all[20], 'the focus is on the first new result');
    assert.deepEqual(pagesFiles(fetched), new Set(all.map((h) => chunks.get(h))));
    assert.deepEqual(context.foreign, [], 'no request leaves the site');
    await page.close();
  });

  it('without a "more" label, shows up to 50 results, in the page\'s language', async () => {
    const chunks = chunkOf('sv/sok');
    const { page, fetched } = await open('/sv/sok/', 'nyslott', true);
    await page.waitForFunction(() => document.querySelectorAll('#aikosite-search ol a').length === 50, null, { timeout: 20_000 });
    const all = await page.$$eval('#aikosite-search ol a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(all.every((h) => h.startsWith('/sv/')), 'Swedish pages only');
    assert.deepEqual(pagesFiles(fetched), new Set(all.map((h) => chunks.get(h))));
    assert.ok(fetched.every((f) => f.startsWith('/sv/sok/')), fetched.join(' '));
    await page.close();
  });
});
