// Screenshots at 375 px and 1280 px of the home, a town, a job and a list in every language,
// saved under tests/browser/artifacts/ (git-ignored) for people to look at.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sites, pageOf } from '../lib/site.js';
import { serve } from '../lib/server.js';
import { launch, newContext, ARTIFACTS } from '../lib/browser.js';

/**
 * Scrolls through the page as a person would, so that the lazily loaded pictures are there
 * when the whole page is captured (a full-page capture alone loads none of them).
 */
async function loadLazyImages(page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 400) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(30);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  // Bounded: a picture that never loads does not hold the test up.
  await page
    .waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 5000 })
    .catch(() => {});
}

for (const site of sites()) {
  describe(`screenshots (${site.name})`, () => {
    let server, browser;
    before(async () => {
      server = await serve(site.dir, site.basePath);
      browser = await launch();
      fs.mkdirSync(ARTIFACTS, { recursive: true });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const width of [375, 1280]) {
      it(`${width} px`, async () => {
        const context = await newContext(browser, server.origin, { viewport: { width, height: width < 600 ? 812 : 900 }, deviceScaleFactor: 1 });
        const page = await context.newPage();
        let n = 0;
        for (const lang of site.languages) {
          for (const kind of ['home', 'town', 'job', 'list']) {
            const target = kind === 'list'
              ? pageOf(site, 'list', lang, (p) => p.html.includes('data-facet="sector"'))
              : kind === 'job' ? pageOf(site, 'job', lang, (p) => p.html.includes('badge-soon')) || pageOf(site, 'job', lang) : pageOf(site, kind, lang);
            if (!target) continue;
            await page.goto(server.url(target.sitePath));
            await loadLazyImages(page);
            const file = path.join(ARTIFACTS, `${site.name}-${lang}-${kind}-${width}.png`);
            await page.screenshot({ path: file, fullPage: true });
            assert.ok(fs.statSync(file).size > 1000);
            n++;
          }
        }
        assert.ok(n >= 8, `${n} screenshots`);
        assert.deepEqual(context.foreign, []);
        await context.close();
      });
    }
  });
}
