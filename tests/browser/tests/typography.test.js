// Typography for Finnish and Swedish: headings, tags, names and dates never break inside a word
// at any width from 320 to 1280 px (a line may break at a space, a hyphen or a dash, never in
// the middle of "Metalliteollisuus" or "tammikuu"); and on a 375×667 phone and a desktop a job's
// apply action is on the first screen.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sites, pageOf } from '../lib/site.js';
import { serve } from '../lib/server.js';
import { launch, newContext } from '../lib/browser.js';

const WIDTHS = [320, 360, 375, 414, 600, 768, 900, 1024, 1280];
const KINDS = ['home', 'town', 'list', 'job', 'company', 'study', 'story', 'event', '404'];
// Text that must stay whole words: headings, card names, tags and chips, badges, kickers,
// town tiles, facts, dates.
const SELECTOR = 'h1, h2, h3, .chips li, .chip-links a, .badge, .kicker, .card-kicker, .tile-name, .card-org, .item-org, .facts dt, .facts dd, .date-tile, time, .main-nav a, .section-links a, .button';

/** The sampled pages: each kind in each language, and the job page with the longest title. */
function sample(site) {
  const out = [];
  for (const lang of site.languages) {
    for (const kind of KINDS) {
      const p = pageOf(site, kind, lang);
      if (p) out.push(p);
    }
    const jobs = site.pages.filter((p) => p.kind === 'job' && p.lang === lang);
    const title = (p) => (p.html.match(/<h1[^>]*>([^<]*)</) || [, ''])[1];
    const longest = jobs.sort((a, b) => Math.max(...title(b).split(/\s+/).map((w) => w.length)) - Math.max(...title(a).split(/\s+/).map((w) => w.length)))[0];
    if (longest && !out.includes(longest)) out.push(longest);
  }
  return out;
}

/** In the page: every word of the selected elements that is split over two lines. */
function brokenWords(selector) {
  const out = [];
  const seen = new Set();
  for (const el of document.querySelectorAll(selector)) {
    if (el.closest('.visually-hidden, template, [hidden], .skip') || !el.getClientRects().length) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Web and e-mail addresses may break anywhere: they are not words.
      if (node.parentElement.closest('.visually-hidden, .url, a[href^="mailto:"], a[href^="http"]:not(.button)')) continue;
      const text = node.textContent;
      // A word: letters and digits between spaces, hyphens, dashes, slashes and soft hyphens.
      for (const m of text.matchAll(/[^\s\-–—/\u00ad·,]+/g)) {
        if (m[0].length < 2 || /@|\w\.\w/.test(m[0])) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(`${el.tagName.toLowerCase()}.${el.className} "${m[0]}"`);
      }
    }
    seen.add(el);
  }
  return [...new Set(out)];
}

for (const site of sites()) {
  describe(`typography (${site.name})`, () => {
    let server, browser, context;
    before(async () => {
      server = await serve(site.dir, site.basePath);
      browser = await launch();
      context = await newContext(browser, server.origin, { viewport: { width: 320, height: 700 } });
    });
    after(async () => {
      await context?.close();
      await browser?.close();
      await server?.close();
    });

    it('no heading, tag, name or date breaks inside a word at 320–1280 px', async () => {
      const page = await context.newPage();
      const problems = [];
      for (const p of sample(site)) {
        await page.goto(server.url(p.sitePath));
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 700 });
          const broken = await page.evaluate(brokenWords, SELECTOR);
          for (const b of broken) problems.push(`${p.sitePath} at ${width} px: ${b}`);
        }
      }
      await page.close();
      assert.deepEqual(problems.slice(0, 20), [], `${problems.length} words break inside`);
    });

    for (const [label, viewport] of [['375×667 phone', { width: 375, height: 667 }], ['1280×800 desktop', { width: 1280, height: 800 }]]) {
      it(`a job's apply action is on the first screen of a ${label}`, async () => {
        const ctx = await newContext(browser, server.origin, { viewport, ...(viewport.width < 600 ? { isMobile: true, hasTouch: true } : {}) });
        const page = await ctx.newPage();
        const jobs = site.pages.filter((p) => p.kind === 'job');
        assert.ok(jobs.length > 0, 'the site has job pages');
        const below = [];
        for (const p of jobs.slice(0, 40)) {
          await page.goto(server.url(p.sitePath));
          const r = await page.evaluate(() => {
            const visible = [...document.querySelectorAll('main .button-apply')].filter((b) => b.getClientRects().length);
            const first = visible[0];
            const h1 = document.querySelector('h1').getBoundingClientRect();
            return {
              count: visible.length,
              bottom: first ? first.getBoundingClientRect().bottom : Infinity,
              title: h1.bottom,
              after: visible.some((b) => b.closest('.apply-again')),
            };
          });
          if (r.bottom > viewport.height || r.title > viewport.height) below.push(`${p.sitePath}: apply ends at ${Math.round(r.bottom)} px`);
          assert.ok(r.after, `${p.sitePath}: the apply action is repeated after the text`);
        }
        await ctx.close();
        assert.deepEqual(below, []);
      });
    }
  });
}
