// Every page holds at 320 px (long Finnish words wrap, nothing scrolls sideways), touch targets
// are at least 44 px, and pages ask nothing from any other host.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sites } from '../lib/site.js';
import { serve } from '../lib/server.js';
import { launch, newContext } from '../lib/browser.js';

/** One page of each kind and language, plus every page of the small fixture. */
function sample(site) {
  if (site.pages.length <= 600) return site.pages;
  const seen = new Set();
  return site.pages.filter((p) => {
    const key = `${p.kind}/${p.lang}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

for (const site of sites()) {
  describe(`layout (${site.name})`, () => {
    let server, browser, context;
    before(async () => {
      server = await serve(site.dir, site.basePath);
      browser = await launch();
      context = await newContext(browser, server.origin, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    });
    after(async () => {
      await context?.close();
      await browser?.close();
      await server?.close();
    });

    it('at 320 px no page is wider than the screen, and targets are 44 px', async () => {
      const page = await context.newPage();
      const pages = sample(site).filter((p) => p.kind);
      assert.ok(pages.length > 5);
      for (const p of pages) {
        await page.goto(server.url(p.sitePath));
        const r = await page.evaluate(() => {
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => !el.closest('.visually-hidden, template, .skip') && el.getClientRects().length)
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 40)}"`);
          // Links and controls outside running text: navigation, buttons, chips, pagination, footer.
          const small = [...document.querySelectorAll('header a, header button, header input, nav a, .button, button, select, .chip-links a, .see-all, footer a, .section-links a')]
            .filter((el) => el.getClientRects().length && !el.closest('.visually-hidden') && !el.classList.contains('skip'))
            .filter((el) => { const b = el.getBoundingClientRect(); return b.height < 44 || b.width < 24; })
            .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`);
          return { scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth, wide: wide.slice(0, 5), small: small.slice(0, 5) };
        });
        assert.ok(r.scroll <= r.width, `${p.sitePath}: ${r.scroll} px wide at ${r.width} px: ${r.wide.join('; ')}`);
        assert.deepEqual(r.small, [], `${p.sitePath}: targets under 44 px`);
      }
      await page.close();
    });

    it('a title of long Finnish compounds wraps inside the screen', async () => {
      const page = await context.newPage();
      const job = site.pages.find((p) => p.kind === 'job');
      await page.goto(server.url(job.sitePath));
      const r = await page.evaluate(() => {
        const h1 = document.querySelector('h1');
        h1.textContent = 'Metalliteollisuusyrityksen kunnossapitoasentaja Kristiinankaupunki';
        document.querySelector('.item-org').textContent = 'Kristiinankaupungin metalliteollisuusyritys Oy';
        return { scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth, h1: h1.getBoundingClientRect().right };
      });
      assert.ok(r.scroll <= r.width && r.h1 <= r.width, JSON.stringify(r));
      await page.close();
    });

    it('no request leaves the local server', () => {
      assert.deepEqual(context.foreign, []);
    });
  });
}
