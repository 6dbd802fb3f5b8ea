// axe-core finds no violations (WCAG 2.1 A/AA and best practices) on the home, a town, a job, a
// list, a company and a story page in every language, at phone and desktop widths; and the
// page-level rules axe does not check: one h1, no skipped heading levels, landmarks, lang.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sites, pageOf } from '../lib/site.js';
import { serve } from '../lib/server.js';
import { launch, newContext, axe } from '../lib/browser.js';

const KINDS = ['home', 'town', 'job', 'list', 'company', 'story', 'study', 'event', 'accessibility', '404'];

for (const site of sites()) {
  describe(`accessibility (${site.name})`, () => {
    let server, browser, desktop, phone;
    before(async () => {
      server = await serve(site.dir, site.basePath);
      browser = await launch();
      desktop = await newContext(browser, server.origin);
      phone = await newContext(browser, server.origin, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    });
    after(async () => {
      await desktop?.close();
      await phone?.close();
      await browser?.close();
      await server?.close();
    });

    for (const lang of site.languages) {
      for (const kind of KINDS) {
        // A list with filters when there is one: it has the most moving parts.
        const target = kind === 'list'
          ? pageOf(site, 'list', lang, (p) => p.html.includes('data-filter-form')) || pageOf(site, 'list', lang)
          : pageOf(site, kind, lang);
        const required = ['home', 'town', 'job', 'list', 'company'].includes(kind) || (kind === 'story' && site.name !== 'basic');
        if (!target) {
          it(`${lang} ${kind}: no such page in this site`, { skip: !required }, () => assert.fail(`no ${kind} page in ${lang}`));
          continue;
        }
        it(`${lang} ${kind} ${target.sitePath}: no axe violations at 1280 px and 375 px`, async () => {
          for (const context of [desktop, phone]) {
            const page = await context.newPage();
            await page.goto(server.url(target.sitePath));
            const violations = await axe(page);
            assert.deepEqual(violations, [], `${target.sitePath}: ${JSON.stringify(violations, null, 1)}`);
            await page.close();
          }
        });
        it(`${lang} ${kind}: one h1, heading levels in order, landmarks`, async () => {
          const page = await desktop.newPage();
          await page.goto(server.url(target.sitePath));
          const info = await page.evaluate(() => ({
            levels: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter((h) => !h.closest('template')).map((h) => Number(h.tagName[1])),
            main: document.querySelectorAll('main').length,
            header: document.querySelectorAll('body > header').length,
            footer: document.querySelectorAll('body > footer').length,
            nav: [...document.querySelectorAll('nav')].map((n) => n.getAttribute('aria-label') || n.getAttribute('aria-labelledby')),
          }));
          assert.equal(info.levels.filter((l) => l === 1).length, 1, 'exactly one h1');
          assert.equal(info.levels[0], 1, 'the h1 comes first');
          for (let i = 1; i < info.levels.length; i++) {
            assert.ok(info.levels[i] <= info.levels[i - 1] + 1, `no skipped level: ${info.levels.join(',')}`);
          }
          assert.equal(info.main, 1);
          assert.equal(info.header, 1);
          assert.equal(info.footer, 1);
          assert.ok(info.nav.every(Boolean), 'every nav has a name');
          await page.close();
        });
      }
    }

    it('reduced motion: no transitions or smooth scrolling', async () => {
      const context = await newContext(browser, server.origin, { reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(server.url(site.basePath));
      const styles = await page.evaluate(() => ({
        card: getComputedStyle(document.querySelector('.card, .town-tile')).transitionDuration,
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
      }));
      assert.ok(styles.card.split(',').every((d) => parseFloat(d) === 0), `transition ${styles.card}`);
      assert.equal(styles.scroll, 'auto');
      await context.close();
    });
  });
}
