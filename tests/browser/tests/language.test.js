// The language switcher: on every page each link leads to an existing page in its language;
// a page that exists in one language only sends the other language to the nearest page.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sites, pageOf } from '../lib/site.js';
import { serve } from '../lib/server.js';
import { launch, newContext } from '../lib/browser.js';

/** The switcher's links of a page's HTML: [{href, hreflang, current, nearest}]. */
function switcherLinks(html) {
  const nav = html.match(/<nav class="langs"[^>]*>([\s\S]*?)<\/nav>/);
  assert.ok(nav, 'the page has a language switcher');
  return [...nav[1].matchAll(/<a href="([^"]*)"([^>]*)>/g)].map((m) => ({
    href: m[1],
    hreflang: (m[2].match(/hreflang="([^"]+)"/) || [])[1],
    current: m[2].includes('aria-current'),
    nearest: m[2].includes('data-nearest'),
  }));
}

for (const site of sites()) {
  describe(`language switcher (${site.name})`, () => {
    it('on every page, every language has a link to an existing page in that language', () => {
      let checked = 0;
      for (const page of site.pages) {
        if (!page.lang) continue;
        if (!page.html.includes('class="langs"')) continue;
        const links = switcherLinks(page.html);
        assert.deepEqual(links.map((l) => l.hreflang).sort(), [...site.languages], `${page.rel}: one link per language`);
        for (const link of links) {
          assert.ok(link.href.startsWith(site.basePath), `${page.rel}: ${link.href} is inside the site`);
          const rel = link.href.slice(site.basePath.length);
          const file = path.join(site.dir, rel.endsWith('/') || rel === '' ? rel + 'index.html' : rel);
          assert.ok(fs.existsSync(file), `${page.rel}: switcher link ${link.href} leads to an existing page`);
          const target = fs.readFileSync(file, 'utf8');
          assert.match(target, new RegExp(`<html lang="${link.hreflang}"`), `${page.rel}: ${link.href} is in ${link.hreflang}`);
          if (link.current) assert.equal(link.href, page.sitePath.replace(/index\.html$/, ''), `${page.rel}: the current language links to the page itself`);
          checked++;
        }
      }
      assert.ok(checked > 20, `checked ${checked} switcher links`);
    });

    describe('in the browser', () => {
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

      it('clicking the other language opens the same page in that language', async () => {
        const page = await context.newPage();
        const job = site.pages.find((p) => p.kind === 'job' && !switcherLinks(p.html).some((l) => l.nearest));
        assert.ok(job, 'a job page with all translations');
        for (const other of switcherLinks(job.html).filter((l) => !l.current)) {
          await page.goto(server.url(job.sitePath));
          const [response] = await Promise.all([
            page.waitForNavigation(),
            page.click(`nav.langs a[hreflang="${other.hreflang}"]`),
          ]);
          assert.equal(response.status(), 200);
          assert.equal(await page.getAttribute('html', 'lang'), other.hreflang);
          assert.equal(await page.evaluate(() => document.body.className), 'kind-job', 'the same kind of page');
          // and back again
          const back = await page.getAttribute(`nav.langs a[hreflang="${job.lang}"]`, 'href');
          assert.equal(back, job.sitePath);
        }
        await page.close();
      });

      it('a page in one language only: the other language goes to the nearest page, never a 404', async () => {
        const page = await context.newPage();
        const lonely = site.pages.filter((p) => ['job', 'story', 'event', 'study'].includes(p.kind) && switcherLinks(p.html).some((l) => l.nearest));
        if (site.name === 'basic') assert.ok(lonely.length >= 2, 'the basic fixture has one-language pages');
        for (const item of lonely.slice(0, 4)) {
          const link = switcherLinks(item.html).find((l) => l.nearest);
          await page.goto(server.url(item.sitePath));
          const label = await page.textContent(`nav.langs a[hreflang="${link.hreflang}"]`);
          assert.ok(label.length > 0);
          const [response] = await Promise.all([page.waitForNavigation(), page.click(`nav.langs a[hreflang="${link.hreflang}"]`)]);
          assert.equal(response.status(), 200, `${item.rel} → ${link.href}`);
          assert.equal(await page.getAttribute('html', 'lang'), link.hreflang);
          const kind = await page.evaluate(() => document.body.className);
          assert.ok(['kind-list', 'kind-town', 'kind-home'].includes(kind), `${item.rel} → ${link.href} is a list, town or home page (${kind})`);
        }
        await page.close();
      });

      if (site.name === 'basic') {
        it('basic: the Finnish-only job leads Swedish readers to the town\'s Swedish job list, and back', () => {
          const fiOnly = site.pages.find((p) => p.rel === 'raahe/tyopaikat/asentaja/index.html');
          const sv = switcherLinks(fiOnly.html).find((l) => l.hreflang === 'sv');
          assert.equal(sv.href, `${site.basePath}sv/brahestad/lediga-jobb/`);
          assert.ok(sv.nearest);
          const svOnly = site.pages.find((p) => p.rel === 'sv/kristinestad/lediga-jobb/vindkraftstekniker/index.html');
          const fi = switcherLinks(svOnly.html).find((l) => l.hreflang === 'fi');
          assert.equal(fi.href, `${site.basePath}kristiinankaupunki/tyopaikat/`);
        });
      }

      it('every page has the right lang attribute, and other-language names carry their own', async () => {
        for (const p of site.pages) {
          if (!p.lang) continue;
          const expected = site.languages.find((l) => p.sitePath.startsWith(`${site.basePath}${l}/`)) || defaultLang(site);
          assert.equal(p.lang, expected, `${p.rel} has lang="${expected}"`);
          for (const link of switcherLinks(p.html)) {
            assert.ok(p.html.includes(`<span lang="${link.hreflang}">`), `${p.rel}: the ${link.hreflang} language name is marked lang="${link.hreflang}"`);
          }
        }
      });
    });
  });
}

function defaultLang(site) {
  const home = site.pages.find((p) => p.rel === 'index.html');
  return home.lang;
}
