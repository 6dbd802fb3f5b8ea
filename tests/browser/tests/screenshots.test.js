// Screenshots at 375 px and 1280 px of the home, a town, a job and a list in every language,
// saved under tests/browser/artifacts/ (git-ignored) for people to look at.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sites, pageOf } from '../lib/site.js';
import { serve } from '../lib/server.js';
import { launch, newContext, ARTIFACTS } from '../lib/browser.js';

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
