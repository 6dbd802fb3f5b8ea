// The all-towns job and study lists: filterable without JavaScript (pre-rendered filter pages
// and the towns' own lists, with pagination) and, with it, instantly and in combination.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sites } from '../lib/site.js';
import { serve } from '../lib/server.js';
import { launch, newContext } from '../lib/browser.js';

/**
 * Every card of a list, following its "next page" links: [{href, facets: {town, sector, …}}].
 * `onFirst(page)` runs on the list's first page before leaving it. Pages are read once their
 * HTML is parsed (the cards are in it; images and styles do not change them).
 */
async function collectCards(page, url, onFirst = async () => {}) {
  const cards = [];
  let next = url;
  for (let guard = 0; next && guard < 200; guard++) {
    const response = await page.goto(next, { waitUntil: 'domcontentloaded' });
    assert.equal(response.status(), 200, `${next} exists`);
    if (guard === 0) await onFirst(page);
    cards.push(...(await page.$$eval('[data-filter-cards] > article', (els) => els.map((el) => ({
      href: el.querySelector('h3 a').getAttribute('href'),
      facets: Object.fromEntries([...el.attributes].filter((a) => a.name.startsWith('data-facet-')).map((a) => [a.name.slice(11), a.value])),
    })))));
    next = await page.$eval('a[rel=next]', (a) => a.href).catch(() => null);
  }
  return cards;
}

const hrefs = (cards) => cards.map((c) => c.href).sort();

for (const site of sites()) {
  const filterLists = site.pages.filter((p) => p.html.includes('data-filter-form'));
  describe(`filters (${site.name})`, () => {
    let server, browser, noJs, withJs;
    before(async () => {
      server = await serve(site.dir, site.basePath);
      browser = await launch();
      noJs = await newContext(browser, server.origin, { javaScriptEnabled: false });
      withJs = await newContext(browser, server.origin);
    });
    after(async () => {
      await noJs?.close();
      await withJs?.close();
      await browser?.close();
      await server?.close();
    });

    it('the all-towns job and study lists have filters in every language', () => {
      const jobs = filterLists.filter((p) => p.html.includes('data-facet="sector"'));
      const studies = filterLists.filter((p) => p.html.includes('data-facet="level"'));
      assert.deepEqual(jobs.map((p) => p.lang).sort(), site.languages);
      assert.deepEqual(studies.map((p) => p.lang).sort(), site.languages);
    });

    for (const list of filterLists) {
      describe(list.sitePath, () => {
        let all;
        before(async () => {
          const page = await noJs.newPage();
          all = await collectCards(page, server.url(list.sitePath));
          await page.close();
        });

        it('without JavaScript: every filter link leads to a page (with pagination) listing exactly its entries', async () => {
          const page = await noJs.newPage();
          await page.goto(server.url(list.sitePath));
          assert.equal(await page.isVisible('[data-filter-form]'), false, 'the script-only form stays hidden');
          assert.equal(await page.isVisible('[data-filter-links]'), true);
          const groups = await page.$$eval('.filter-group', (gs) => gs.map((g) => ({
            key: g.querySelector('h3').id.replace(/^fg-/, ''),
            links: [...g.querySelectorAll('a')].map((a) => ({ href: a.href, name: a.firstChild.textContent.trim(), count: Number(a.querySelector('.n').textContent.replace(/\D/g, '')) })),
          })));
          assert.ok(groups.some((g) => g.key === 'town'), 'a town filter');
          assert.ok(groups.length >= 2, 'town and at least one facet');
          let links = 0;
          for (const group of groups) {
            const seen = new Set();
            for (const link of group.links) {
              const cards = await collectCards(page, link.href, async (first) => {
                assert.equal(await first.getAttribute('.chip-links a[aria-current="page"]', 'href').then((h) => new URL(h, link.href).href), link.href, 'the chosen filter is marked current');
                assert.ok((await first.textContent('h1')).includes(link.name), `${link.href}: the heading names ${link.name}`);
              });
              assert.equal(cards.length, link.count, `${link.href}: as many entries as the link said`);
              const values = new Set(cards.map((c) => c.facets[group.key]));
              assert.equal(values.size, 1, `${link.href}: every entry has the same ${group.key}`);
              const [value] = values;
              assert.ok(!seen.has(value));
              seen.add(value);
              const expected = all.filter((c) => c.facets[group.key] === value);
              assert.deepEqual(hrefs(cards), hrefs(expected), `${link.href}: exactly the entries of the full list with ${group.key}=${value}`);
              links++;
            }
          }
          assert.ok(links >= groups.length, `followed ${links} filter links`);
          await page.close();
        });

        it('with JavaScript: filters combine instantly, with counts, and the address keeps the choice', async () => {
          const page = await withJs.newPage();
          await page.goto(server.url(list.sitePath));
          await page.waitForSelector('[data-filter-form]:not([hidden])');
          assert.equal(await page.isVisible('[data-filter-links]'), false, 'the links give way to the form');
          const visible = () => page.$$eval('[data-filter-cards] > article h3 a', (as) => as.map((a) => a.getAttribute('href')).sort());
          const facets = await page.$$eval('select[data-facet]', (ss) => ss.map((s) => ({
            key: s.dataset.facet,
            values: [...s.options].filter((o) => o.value).map((o) => o.value),
          })));
          const firstPage = await visible();
          // One facet at a time.
          for (const f of facets) {
            for (const v of f.values) {
              await page.selectOption(`select[data-facet="${f.key}"]`, v);
              const expected = all.filter((c) => c.facets[f.key] === v);
              assert.deepEqual(await visible(), hrefs(expected), `${f.key}=${v}`);
              assert.ok((await page.textContent('[data-filter-count]')).includes(String(expected.length)), `the count says ${expected.length}`);
              assert.ok((await page.textContent('[data-filter-status]')).includes(String(expected.length)), 'the live region announces the count');
              assert.equal(new URL(page.url()).searchParams.get(f.key), v, 'the address keeps the choice');
              if (await page.$('[data-filter-pagination]')) assert.equal(await page.isVisible('[data-filter-pagination]'), false);
            }
            await page.selectOption(`select[data-facet="${f.key}"]`, '');
          }
          // Two facets together, and the third facet's counts follow them.
          const [a, b] = facets;
          let combined = 0;
          for (const va of a.values) {
            for (const vb of b.values) {
              const expected = all.filter((c) => c.facets[a.key] === va && c.facets[b.key] === vb);
              if (expected.length === 0) continue;
              await page.selectOption(`select[data-facet="${a.key}"]`, va);
              await page.selectOption(`select[data-facet="${b.key}"]`, vb);
              assert.deepEqual(await visible(), hrefs(expected), `${a.key}=${va} and ${b.key}=${vb}`);
              const optionText = await page.$eval(`select[data-facet="${b.key}"] option[value="${vb}"]`, (o) => o.textContent);
              const expectedCount = all.filter((c) => c.facets[a.key] === va && c.facets[b.key] === vb).length;
              assert.ok(optionText.endsWith(`(${expectedCount})`), `option count "${optionText}" follows the other choice`);
              combined++;
              if (combined >= 3) break;
            }
            if (combined >= 3) break;
          }
          assert.ok(combined > 0, 'some combination has entries');
          // Reset brings the first page back.
          await page.click('[data-filter-form] button[type=reset]');
          await page.waitForFunction(() => !location.search);
          assert.deepEqual(await visible(), firstPage);
          if (all.length > firstPage.length) assert.equal(await page.isVisible('[data-filter-pagination]'), true);
          // A shared address opens filtered.
          const town = facets.find((f) => f.key === 'town');
          const v = town.values[0];
          await page.goto(server.url(list.sitePath) + `?town=${encodeURIComponent(v)}`);
          await page.waitForSelector('[data-filter-form]:not([hidden])');
          assert.equal(await page.inputValue('select[data-facet="town"]'), v);
          assert.deepEqual(await visible(), hrefs(all.filter((c) => c.facets.town === v)));
          await page.close();
        });
      });
    }

    it('no request leaves the local server', () => {
      assert.deepEqual([...noJs.foreign, ...withJs.foreign], []);
    });
  });
}
