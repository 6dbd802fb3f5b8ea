// On-site search in the browser: the search page loads its index from the site itself (no
// third-party request), finds a Finnish word by an inflected form and a Swedish one in the
// Swedish index, and never mixes the languages.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
