  // The second part of /aikosite-search.js, after search/stem.js (whose tokenize and stem it
  // uses): the index files, the ranking and the search page.

  // ---- The index files (src/discover/search/pack.rs) ----
  var VERSION = 2;
  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var DIGIT = {};
  for (var di = 0; di < DIGITS.length; di++) DIGIT[DIGITS.charAt(di)] = di;

  // A term's postings, [page, weight, page, weight…], from its string: for each page the gap
  // from the previous one (minus one) and the weight, each a base-64 VLQ (five bits a digit,
  // low bits first; digits 32–63 mean that more follow).
  function decode(s) {
    var out = [];
    var n = 0, scale = 1, page = -1, gap = true;
    for (var i = 0; i < s.length; i++) {
      var d = DIGIT[s.charAt(i)];
      if (d === undefined) break;
      n += (d & 31) * scale;
      if (d >= 32) { scale *= 32; continue; }
      if (gap) { page += n + 1; out.push(page); } else out.push(n);
      gap = !gap;
      n = 0;
      scale = 1;
    }
    if (out.length % 2) out.pop();
    return out;
  }
  // Compares two strings by code point, the order of the build's sorted terms.
  function compare(a, b) {
    for (var i = 0; ; ) {
      if (i >= a.length) return i >= b.length ? 0 : -1;
      if (i >= b.length) return 1;
      var x = a.codePointAt(i), y = b.codePointAt(i);
      if (x !== y) return x < y ? -1 : 1;
      i += x > 0xffff ? 2 : 1;
    }
  }
  function length(s) {
    return Array.from(s).length;
  }
  // Which terms-N.json holds a term: the last one whose first term is not after it.
  function shardOf(index, term) {
    var lo = 0, hi = index.terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (compare(index.terms[mid], term) <= 0) lo = mid + 1; else hi = mid;
    }
    return Math.max(lo - 1, 0);
  }
  // The words a prefix matches: longer words being typed ("koneis" → "koneistaj"), and stems a
  // little shorter than the word typed so far ("koneistajak" → "koneistaj").
  function prefixMatches(prefix, term) {
    if (term.indexOf(prefix) === 0) return true;
    var n = length(term);
    return n >= 4 && n >= length(prefix) - 3 && prefix.indexOf(term) === 0;
  }
  // The shards those words are in: sorted terms, so one range (usually one file).
  function prefixShards(index, prefix) {
    var chars = Array.from(prefix);
    var first = shardOf(index, chars.slice(0, Math.max(4, chars.length - 3)).join(''));
    var last = shardOf(index, prefix + '\u{10FFFF}');
    var out = [];
    for (var n = first; n <= last; n++) out.push(n);
    return out;
  }

  // The query's terms: [{exact, prefix}]; the last word also matches as a prefix (or null)
  // when the query does not end in a space.
  function queryTerms(index, query) {
    var words = tokenize(query);
    var open = !/\s$/.test(query);
    return words.map(function (w, i) {
      var prefix = open && i === words.length - 1 && length(w) >= 3 ? w : null;
      return { exact: stem(index.stemmer, w), prefix: prefix };
    });
  }
  // The terms-N.json files a query needs, in order.
  function shardsFor(index, terms) {
    if (!index.terms.length) return [];
    var need = new Set();
    terms.forEach(function (t) {
      need.add(shardOf(index, t.exact));
      if (t.prefix) prefixShards(index, t.prefix).forEach(function (n) { need.add(n); });
    });
    return Array.from(need).sort(function (a, b) { return a - b; });
  }

  // Ranks the pages that match every term: [{page, score}], best first. `shards` holds the
  // parsed terms-N.json files by number (at least those of shardsFor).
  function search(index, shards, query) {
    var terms = queryTerms(index, query);
    if (!terms.length || !index.terms.length) return [];
    var has = Object.prototype.hasOwnProperty;
    var total = null;
    terms.forEach(function (t) {
      var scores = new Map();
      function add(encoded, factor) {
        var postings = decode(encoded);
        for (var i = 0; i + 1 < postings.length; i += 2) {
          var p = postings[i];
          var s = postings[i + 1] * factor;
          if ((scores.get(p) || 0) < s) scores.set(p, s);
        }
      }
      var own = shards[shardOf(index, t.exact)] || {};
      if (has.call(own, t.exact)) add(own[t.exact], 1);
      if (t.prefix) {
        prefixShards(index, t.prefix).forEach(function (n) {
          var sh = shards[n] || {};
          Object.keys(sh).forEach(function (term) {
            if (term !== t.exact && prefixMatches(t.prefix, term)) add(sh[term], 0.5);
          });
        });
      }
      if (total === null) {
        total = scores;
      } else {
        var next = new Map();
        total.forEach(function (s, p) { if (scores.has(p)) next.set(p, s + scores.get(p)); });
        total = next;
      }
    });
    var out = [];
    total.forEach(function (score, page) { out.push({ page: page, score: score }); });
    out.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
    return out;
  }

  // Fetches what searches need, each file once: `load(name)` returns a promise of a file of the
  // index's folder, parsed; `manifest` is the manifest's name (index.json). A file that failed
  // is asked for again next time.
  function Searcher(load, manifest) {
    this.load = load;
    this.manifest = manifest || 'index.json';
    this.files = {};
    this.index = null;
    this.shards = {};
    this.chunks = {};
  }
  Searcher.prototype.file = function (name) {
    var files = this.files;
    if (!files[name]) {
      files[name] = Promise.resolve(this.load(name)).catch(function (e) {
        delete files[name];
        throw e;
      });
    }
    return files[name];
  };
  // The ranked hits of a query, [{page, score}]: loads the manifest and the query's terms-N.json.
  Searcher.prototype.find = function (query) {
    var self = this;
    return this.file(this.manifest).then(function (index) {
      if (!index || index.version !== VERSION) throw new Error('search index version ' + (index && index.version));
      self.index = index;
      return Promise.all(shardsFor(index, queryTerms(index, query)).map(function (n) {
        return self.file('terms-' + n + '.json').then(function (t) { self.shards[n] = t; });
      }));
    }).then(function () {
      return search(self.index, self.shards, query);
    });
  };
  // What the results show of some hits, in their order: [{url, title, kind, meta, text}]. Loads
  // only the pages-N.json files that hold them.
  Searcher.prototype.pages = function (hits) {
    var self = this;
    var size = this.index.chunk;
    var need = new Set(hits.map(function (h) { return Math.floor(h.page / size); }));
    return Promise.all(Array.from(need).map(function (c) {
      return self.file('pages-' + c + '.json').then(function (rows) { self.chunks[c] = rows; });
    })).then(function () {
      return hits.map(function (h) {
        var r = self.chunks[Math.floor(h.page / size)][h.page % size];
        return { url: r[0], title: r[1], kind: r[2], meta: r[3], text: r[4] };
      });
    });
  };

  var api = {
    stemFinnish: stemFinnish, stemSwedish: stemSwedish, stem: stem, tokenize: tokenize, decode: decode,
    compare: compare, shardOf: shardOf, queryTerms: queryTerms, shardsFor: shardsFor, search: search, Searcher: Searcher
  };
  if (typeof module === 'object' && module.exports) module.exports = api;
  if (typeof document === 'undefined') return;

  // ---- The search page ----
  // Results are shown STEP at a time: the first ones as soon as their pages-N.json are in, the
  // next on demand ("more" button, labelled by the theme's data-more) or, in a theme without the
  // button, up to LIMIT in the background.
  var STEP = 20;
  var LIMIT = 50;
  function init() {
    var root = document.getElementById('aikosite-search');
    if (!root) return;
    var form = root.querySelector('form');
    var input = root.querySelector('input[type=search]');
    var status = root.querySelector('[role=status]');
    var list = root.querySelector('ol');
    var d = root.dataset;
    var base = new URL(d.index, document.baseURI);
    var searcher = new Searcher(function (name) {
      var url = new URL(name, base);
      return fetch(url, { cache: 'no-cache' }).then(function (r) {
        if (!r.ok) throw new Error(r.status + ' ' + url);
        return r.json();
      });
    }, base.pathname.split('/').pop());
    var seq = 0;
    var hits = [];
    var shown = 0;
    var more = null;
    if (d.more) {
      more = document.createElement('button');
      more.type = 'button';
      more.className = 'search-more';
      more.textContent = d.more;
      more.hidden = true;
      list.parentNode.insertBefore(more, list.nextSibling);
      more.addEventListener('click', function () {
        var mine = seq;
        next(mine, true).catch(function () { if (mine === seq) say(d.error); });
      });
    }
    function say(text) { status.textContent = text; }
    function fill(template, n, q) { return template.replace('{n}', String(n)).replace('{q}', q); }
    function item(p) {
      var li = document.createElement('li');
      li.className = 'search-result';
      var a = document.createElement('a');
      a.href = p.url;
      a.textContent = p.title;
      var heading = document.createElement('h2');
      heading.appendChild(a);
      li.appendChild(heading);
      var meta = document.createElement('p');
      meta.className = 'search-meta';
      meta.textContent = [p.kind, p.meta].filter(Boolean).join(' · ');
      li.appendChild(meta);
      if (p.text) {
        var text = document.createElement('p');
        text.textContent = p.text;
        li.appendChild(text);
      }
      return li;
    }
    // Shows the next STEP results; `focus` moves the focus to the first of them.
    function next(mine, focus) {
      return searcher.pages(hits.slice(shown, shown + STEP)).then(function (pages) {
        if (mine !== seq) return;
        pages.forEach(function (p, i) {
          var li = item(p);
          list.appendChild(li);
          if (focus && i === 0) li.querySelector('a').focus();
        });
        shown += pages.length;
        if (more) more.hidden = shown >= hits.length;
      });
    }
    function rest(mine) {
      if (mine !== seq || shown >= hits.length) return Promise.resolve();
      return next(mine, false).then(function () { return rest(mine); });
    }
    function show(query) {
      var mine = ++seq;
      var q = query.trim();
      list.textContent = '';
      hits = [];
      shown = 0;
      if (more) more.hidden = true;
      if (!q) { say(''); return; }
      say(d.loading);
      searcher.find(query)
        .then(function (found) {
          if (mine !== seq) return undefined;
          hits = more ? found : found.slice(0, LIMIT);
          return next(mine, false).then(function () {
            if (mine !== seq) return;
            say(found.length ? fill(d.count, found.length, q) : fill(d.none, 0, q));
            if (!more) rest(mine).catch(function () {});
          });
        })
        .catch(function () { if (mine === seq) say(d.error); });
    }
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var url = new URL(window.location.href);
        if (input.value.trim()) url.searchParams.set('q', input.value); else url.searchParams.delete('q');
        window.history.replaceState(null, '', url);
        show(input.value);
      }, 200);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      show(input.value);
    });
    var initial = new URL(window.location.href).searchParams.get('q');
    if (initial) {
      input.value = initial;
      show(initial);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
