#!/usr/bin/env node
// What the site search costs a visitor: runs the built site's own /aikosite-search.js in Node
// with a fetch that reads the output folder and counts what a browser would transfer
// (each file gzipped, as a server sends it), and reports per language the index's size and,
// for each query, the bytes fetched before the first results show (the manifest, the query's
// term files and the page files of the first 20 results) in a fresh visit.
//
//   node bench/search_cost.js OUT_DIR [--json] [fi=haku sv=sv/sok] [-- QUERY…]
//
// OUT_DIR is what `aikosite build --output OUT_DIR` wrote. Without queries, five per language
// (a job title, employment type, a town, a title and a town, an unfinished word). It also reads
// the index format before 2 (index.json with every page, terms-N.json by hash) to compare.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const QUERIES = {
  fi: ['sairaanhoitaja', 'kesätyö', 'savonlinna', 'hitsaaja raahe', 'lähihoit'],
  sv: ['sjukskötare', 'sommarjobb', 'nyslott', 'svetsare brahestad', 'närvård'],
};
const FIRST = 20; // results on the first screen

const args = process.argv.slice(2);
const out = args.shift();
if (!out) {
  console.error('usage: node bench/search_cost.js OUT_DIR [--json] [fi=haku sv=sv/sok] [-- QUERY…]');
  process.exit(2);
}
const json = args.includes('--json');
const dash = args.indexOf('--');
const given = dash >= 0 ? args.slice(dash + 1) : null;
const dirs = {};
for (const a of dash >= 0 ? args.slice(0, dash) : args) {
  const m = a.match(/^(\w+)=(.+)$/);
  if (m) dirs[m[1]] = m[2].replace(/\/?$/, '/');
}
if (!Object.keys(dirs).length) Object.assign(dirs, { fi: 'haku/', sv: 'sv/sok/' });

const script = require(path.resolve(out, 'aikosite-search.js'));
const gz = (bytes) => zlib.gzipSync(bytes, { level: 6 }).length;
const kb = (n) => (n / 1024).toFixed(1);

/** Index files of one language: [{name, raw, gzip}]. */
function indexFiles(dir) {
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name));
      return { name, raw: bytes.length, gzip: gz(bytes) };
    });
}

/** A fresh visitor's first query: the files it fetches before the first results show. */
async function firstQuery(dir, query) {
  const fetched = [];
  const load = (name) => {
    const bytes = fs.readFileSync(path.join(dir, name));
    fetched.push({ name, gzip: gz(bytes) });
    return Promise.resolve(JSON.parse(bytes.toString('utf8')));
  };
  let hits;
  if (script.Searcher) {
    const s = new script.Searcher(load, 'index.json');
    hits = await s.find(query);
    await s.pages(hits.slice(0, FIRST));
  } else {
    // Format 1: index.json holds every page; terms-N.json by a hash of the first two letters.
    const index = await load('index.json');
    const shards = {};
    for (const n of script.shardsFor(index, script.queryTerms(index, query))) shards[n] = await load(`terms-${n}.json`);
    hits = script.search(index, shards, query);
  }
  return {
    query,
    hits: hits.length,
    files: fetched.length,
    gzip: fetched.reduce((a, f) => a + f.gzip, 0),
    largest: Math.max(...fetched.map((f) => f.gzip)),
    fetched: fetched.map((f) => `${f.name} ${kb(f.gzip)}`),
  };
}

(async () => {
  const report = [];
  for (const [lang, rel] of Object.entries(dirs)) {
    const dir = path.join(out, rel);
    const files = indexFiles(dir);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
    const pages = typeof manifest.pages === 'number' ? manifest.pages : manifest.pages.length;
    const raw = files.reduce((a, f) => a + f.raw, 0);
    const gzip = files.reduce((a, f) => a + f.gzip, 0);
    const terms = files.filter((f) => f.name.startsWith('terms-'));
    const chunks = files.filter((f) => f.name.startsWith('pages-'));
    const queries = [];
    for (const q of given || QUERIES[lang] || []) queries.push(await firstQuery(dir, q));
    report.push({
      lang, dir: rel, version: manifest.version || 1, pages, files: files.length, raw, gzip,
      rawPerPage: raw / pages, gzipPerPage: gzip / pages,
      manifestGzip: files.find((f) => f.name === 'index.json').gzip,
      termFiles: terms.length, largestTermGzip: Math.max(...terms.map((f) => f.gzip)),
      pageFiles: chunks.length, largestPageGzip: chunks.length ? Math.max(...chunks.map((f) => f.gzip)) : 0,
      queries,
    });
  }
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  for (const r of report) {
    console.log(`${r.lang} (${r.dir}, format ${r.version}): ${r.pages} pages, ${r.files} files, ` +
      `${kb(r.raw)} KB (${kb(r.gzip)} KB gzipped); per page ${r.rawPerPage.toFixed(0)} B ` +
      `(${r.gzipPerPage.toFixed(0)} B gzipped)`);
    console.log(`  manifest index.json ${kb(r.manifestGzip)} KB gz; ${r.termFiles} terms-N.json, largest ` +
      `${kb(r.largestTermGzip)} KB gz; ${r.pageFiles} pages-N.json, largest ${kb(r.largestPageGzip)} KB gz`);
    for (const q of r.queries) {
      console.log(`  "${q.query}": ${q.hits} hits; first results after ${q.files} files, ` +
        `${kb(q.gzip)} KB gzipped (largest ${kb(q.largest)} KB)`);
    }
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
