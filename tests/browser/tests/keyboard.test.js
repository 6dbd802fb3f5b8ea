// Keyboard only: Tab from the top reaches the skip link first; the skip link lands in <main>,
// and the next Tab on a job page is the apply action. Every focused element shows its focus.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sites } from '../lib/site.js';
import { serve } from '../lib/server.js';
import { launch, newContext } from '../lib/browser.js';

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return {
    tag: el.tagName,
    id: el.id,
    cls: el.className,
    text: el.textContent.trim().replace(/\s+/g, ' '),
    visibleFocus: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 || cs.boxShadow !== 'none'
      || (el.closest('.card') && getComputedStyle(el.closest('.card')).outlineStyle !== 'none'),
    onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0,
    main: !!el.closest('main'),
  };
});

for (const site of sites()) {
  describe(`keyboard (${site.name})`, () => {
    let server, browser, context;
    before(async () => {
      server = await serve(site.dir, site.basePath);
      browser = await launch();
      context = await newContext(browser, server.origin, { viewport: { width: 375, height: 740 } });
    });
    after(async () => {
      await context?.close();
      await browser?.close();
      await server?.close();
    });

    for (const lang of site.languages) {
      it(`${lang}: Tab reaches the skip link, which leads to the job's apply action`, async () => {
        const job = site.pages.find((p) => p.kind === 'job' && p.lang === lang);
        assert.ok(job, `a job page in ${lang}`);
        const page = await context.newPage();
        await page.goto(server.url(job.sitePath));
        await page.keyboard.press('Tab');
        const skip = await focused(page);
        assert.equal(skip.cls, 'skip', 'the first Tab stop is the skip link');
        assert.ok(skip.onScreen, 'the skip link shows when focused');
        assert.ok(skip.visibleFocus, 'the skip link has a visible focus indicator');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => location.hash === '#main');
        await page.keyboard.press('Tab');
        const apply = await focused(page);
        assert.ok(apply.main, 'focus is inside <main>');
        assert.match(apply.cls, /button-apply/, `the first stop in main is the apply action (got ${apply.tag}.${apply.cls} "${apply.text}")`);
        assert.ok(apply.visibleFocus, 'the apply action shows its focus');
        assert.ok(apply.onScreen);
        await page.close();
      });

      it(`${lang}: without the skip link, Tab walks the header with visible focus and reaches the apply action`, async () => {
        const job = site.pages.find((p) => p.kind === 'job' && p.lang === lang);
        const page = await context.newPage();
        await page.goto(server.url(job.sitePath));
        let reached = false;
        for (let i = 0; i < 60 && !reached; i++) {
          await page.keyboard.press('Tab');
          const f = await focused(page);
          assert.ok(f.visibleFocus, `Tab stop ${i + 1} (${f.tag}.${f.cls} "${f.text}") shows its focus`);
          reached = /button-apply/.test(f.cls);
        }
        assert.ok(reached, 'the apply action is reachable by Tab');
        await page.close();
      });
    }

    it('the filter form works from the keyboard', async () => {
      const list = site.pages.find((p) => p.html.includes('data-facet="sector"'));
      const page = await context.newPage();
      await page.goto(server.url(list.sitePath));
      await page.waitForSelector('[data-filter-form]:not([hidden])');
      await page.focus('select[data-facet="sector"]');
      const before = await page.$$eval('[data-filter-cards] > article', (a) => a.length);
      const options = await page.$$eval('select[data-facet="sector"] option', (os) => os.map((o) => o.value));
      await page.keyboard.press('ArrowDown');
      // Chromium's closed <select> changes value with the arrow keys.
      const value = await page.inputValue('select[data-facet="sector"]');
      assert.equal(value, options[1]);
      const sectors = await page.$$eval('[data-filter-cards] > article', (a) => [...new Set(a.map((x) => x.dataset.facetSector))]);
      assert.deepEqual(sectors, [value]);
      assert.ok(before > 0);
      assert.deepEqual(context.foreign, []);
      await page.close();
    });
  });
}
