// What a job seeker needs is on the page, read as a person reads it (visible text), in both
// languages: company, sector, employment type, deadline (d.m.yyyy), salary, the apply action,
// "closing soon"; study paths with provider, level, start, deadline and partner companies;
// companies with their open jobs. Pinned on the basic fixture (built for 29.11.2026).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sites } from '../lib/site.js';
import { serve } from '../lib/server.js';
import { launch, newContext } from '../lib/browser.js';

const basic = sites().find((s) => s.name === 'basic');

describe('content of the basic fixture as shown', { skip: !basic }, () => {
  let server, browser, context, page;
  const open = async (p) => {
    const r = await page.goto(server.url(basic.basePath + p));
    assert.equal(r.status(), 200, p);
    return page.innerText('main');
  };
  before(async () => {
    server = await serve(basic.dir, basic.basePath);
    browser = await launch();
    context = await newContext(browser, server.origin, { viewport: { width: 375, height: 800 } });
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('a job page (fi): facts, salary, deadline, apply by URL', async () => {
    const text = await open('raahe/tyopaikat/cnc-koneistaja/');
    for (const s of ['CNC-koneistaja', 'Perämeren Teräs Oy', 'Metalliteollisuus', 'Kokoaikainen', '3\u00a0200–3\u00a0800 €/kk', 'Haku päättyy 31.12.2026', 'Hae paikkaa', 'Maija Mäkelä']) {
      assert.ok(text.includes(s), `shows "${s}"`);
    }
    assert.equal(await page.getAttribute('a.button-apply', 'href'), 'https://perameren-teras.example/rekry/cnc');
    assert.equal(await page.$('.badge-soon'), null, 'not closing soon a month ahead');
  });

  it('a job page (sv): the same facts in Swedish', async () => {
    const text = await open('sv/brahestad/lediga-jobb/cnc-maskinist/');
    for (const s of ['CNC-maskinist', 'Metallindustri', 'Heltid', '3\u00a0200–3\u00a0800 €/mån', '31.12.2026', 'Sök jobbet']) {
      assert.ok(text.includes(s), `shows "${s}"`);
    }
  });

  it('a job closing within 7 days says so, with the days left, and applies by e-mail', async () => {
    const text = await open('raahe/tyopaikat/lahihoitaja/');
    assert.ok(text.includes('Haku päättymässä'));
    assert.ok(text.includes('4 päivää jäljellä'), 'deadline 3.12.2026 on 29.11.2026: 4 days left');
    assert.equal(await page.getAttribute('a.button-apply', 'href'), 'mailto:rekry@aaltohoiva.example');
    await open('');
    const card = await page.$eval('article.job-card:has(a[href$="/lahihoitaja/"])', (el) => el.innerText);
    assert.match(card, /Haku päättymässä/, 'the card carries the badge too');
    assert.match(card, /Haku päättyy 3\.12\.2026/);
  });

  it('a study path: provider, level, start, deadline, partner companies (linked)', async () => {
    const text = await open('raahe/koulutus/ensin-toihin/');
    for (const s of ['Raahen ammattiopisto', 'Oppisopimuskoulutus', '10.1.2027', '15.12.2026', 'Yhteistyöyritykset', 'Perämeren Teräs Oy', 'Hae koulutukseen']) {
      assert.ok(text.includes(s), `shows "${s}"`);
    }
    const partners = await page.$$eval('#partners-h + ul a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(partners.some((h) => h.endsWith('/raahe/yritykset/perameren-teras/')));
  });

  it('a company page lists its open jobs as cards', async () => {
    await open('raahe/yritykset/perameren-teras/');
    const jobs = await page.$$eval('main article.job-card h3 a', (as) => as.map((a) => a.textContent));
    assert.deepEqual(jobs, ['CNC-koneistaja']);
    const none = await open('raahe/yritykset/oulun-energia/');
    assert.ok(none.includes('Ei avoimia työpaikkoja'));
  });

  it('cards under a list are h3 below an h2, everywhere', async () => {
    for (const p of ['', 'raahe/', 'tyopaikat/', 'raahe/yritykset/perameren-teras/', 'sv/']) {
      await open(p);
      const bad = await page.$$eval('article.card', (cards) => cards.filter((c) => !c.querySelector(':scope h3')).length);
      assert.equal(bad, 0, `${p}: every card has an h3`);
    }
  });
});
