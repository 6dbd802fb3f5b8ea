/* aikosite search: finds pages in the index that `aikosite build` writes next to the search page
 * (index.json, the manifest; terms-N.json, ranges of the sorted terms; pages-N.json, what the
 * results show of 64 pages each). A search fetches the manifest, the few terms-N.json its words
 * are in and the pages-N.json of the results on screen. No server, no third-party requests.
 *
 * Words are split and stemmed exactly as the build does (the Snowball Finnish and Swedish
 * stemmers, ported from rust-stemmers 1.2, BSD-3-Clause / MIT; see snowballstem.org), so
 * "koneistajaksi" finds the page about a "koneistaja". The last word also matches as a prefix
 * while the visitor types.
 */
// The first part of /aikosite-search.js: the Snowball stemmers and the words, as the build
// splits and stems them. src/discover/search.rs joins it with search.js, which closes the
// function opened here.
(function () {
  'use strict';

  // ---- Snowball runtime (backward mode over an array of characters) ----
  function Env(word) {
    this.s = Array.from(word);
    this.c = 0;
    this.l = this.s.length;
    this.lb = 0;
    this.bra = 0;
    this.ket = this.l;
  }
  Env.prototype.inG = function (set) {
    if (this.c >= this.l || !set.has(this.s[this.c])) return false;
    this.c++;
    return true;
  };
  Env.prototype.outG = function (set) {
    if (this.c >= this.l || set.has(this.s[this.c])) return false;
    this.c++;
    return true;
  };
  Env.prototype.inGb = function (set) {
    if (this.c <= this.lb || !set.has(this.s[this.c - 1])) return false;
    this.c--;
    return true;
  };
  Env.prototype.outGb = function (set) {
    if (this.c <= this.lb || set.has(this.s[this.c - 1])) return false;
    this.c--;
    return true;
  };
  Env.prototype.endsAt = function (chars) {
    var n = chars.length;
    if (this.c - this.lb < n) return false;
    for (var i = 0; i < n; i++) if (this.s[this.c - n + i] !== chars[i]) return false;
    return true;
  };
  Env.prototype.eqb = function (str) {
    var chars = Array.from(str);
    if (!this.endsAt(chars)) return false;
    this.c -= chars.length;
    return true;
  };
  Env.prototype.sliceFrom = function (str) {
    var chars = Array.from(str);
    var adj = chars.length - (this.ket - this.bra);
    Array.prototype.splice.apply(this.s, [this.bra, this.ket - this.bra].concat(chars));
    this.l += adj;
    if (this.c >= this.ket) this.c += adj;
    else if (this.c > this.bra) this.c = this.bra;
    return true;
  };
  Env.prototype.sliceDel = function () {
    return this.sliceFrom('');
  };
  Env.prototype.sliceTo = function () {
    return this.s.slice(this.bra, this.ket).join('');
  };
  // `among` searched backwards: the longest entry ending at the cursor whose condition holds.
  // Entries are [string, result, condition?]; a result of -1 means "no action".
  Env.prototype.findAmongB = function (table) {
    var c = this.c;
    for (var k = 0; k < table.length; k++) {
      var w = table[k];
      this.c = c;
      if (!this.endsAt(w[0])) continue;
      this.c = c - w[0].length;
      if (!w[2]) return w[1];
      var ok = w[2](this);
      this.c = c - w[0].length;
      if (ok) return w[1];
    }
    this.c = c;
    return 0;
  };
  function among(entries) {
    // Longest first, so the first match is the longest.
    return entries
      .map(function (e) { return [Array.from(e[0]), e[1], e[2]]; })
      .sort(function (a, b) { return b[0].length - a[0].length; });
  }
  function set(chars) {
    return new Set(Array.from(chars));
  }
  function gotoIn(z, g) {
    for (;;) {
      if (z.c < z.l && g.has(z.s[z.c])) return true;
      if (z.c >= z.l) return false;
      z.c++;
    }
  }
  function gopastOut(z, g) {
    for (;;) {
      if (z.outG(g)) return true;
      if (z.c >= z.l) return false;
      z.c++;
    }
  }

  // ---- Finnish ----
  var FI_V1 = set('aeiouyäö');
  var FI_V2 = set('aeiouäö');
  var FI_AEI = set('aäei');
  var FI_PARTICLE_END = set('aeiouyäönt');
  function fiLong(z) {
    return z.findAmongB(FI_A5) !== 0;
  }
  function fiVI(z) {
    return z.eqb('i') && z.inGb(FI_V2);
  }
  var FI_A0 = among([['pa', 1], ['sti', 2], ['kaan', 1], ['han', 1], ['kin', 1], ['hän', 1], ['kään', 1], ['ko', 1], ['pä', 1], ['kö', 1]]);
  var FI_A1 = among([['lla', -1], ['na', -1], ['ssa', -1], ['ta', -1], ['lta', -1], ['sta', -1]]);
  var FI_A2 = among([['llä', -1], ['nä', -1], ['ssä', -1], ['tä', -1], ['ltä', -1], ['stä', -1]]);
  var FI_A3 = among([['lle', -1], ['ine', -1]]);
  var FI_A4 = among([['nsa', 3], ['mme', 3], ['nne', 3], ['ni', 2], ['si', 1], ['an', 4], ['en', 6], ['än', 5], ['nsä', 3]]);
  var FI_A5 = among([['aa', -1], ['ee', -1], ['ii', -1], ['oo', -1], ['uu', -1], ['ää', -1], ['öö', -1]]);
  var FI_A6 = among([
    ['a', 8], ['lla', -1], ['na', -1], ['ssa', -1], ['ta', -1], ['lta', -1], ['sta', -1], ['tta', 9],
    ['lle', -1], ['ine', -1], ['ksi', -1], ['n', 7], ['han', 1], ['den', -1, fiVI], ['seen', -1, fiLong],
    ['hen', 2], ['tten', -1, fiVI], ['hin', 3], ['siin', -1, fiVI], ['hon', 4], ['hän', 5], ['hön', 6],
    ['ä', 8], ['llä', -1], ['nä', -1], ['ssä', -1], ['tä', -1], ['ltä', -1], ['stä', -1], ['ttä', 9]
  ]);
  var FI_A7 = among([
    ['eja', -1], ['mma', 1], ['imma', -1], ['mpa', 1], ['impa', -1], ['mmi', 1], ['immi', -1],
    ['mpi', 1], ['impi', -1], ['ejä', -1], ['mmä', 1], ['immä', -1], ['mpä', 1], ['impä', -1]
  ]);
  var FI_A8 = among([['i', -1], ['j', -1]]);
  var FI_A9 = among([['mma', 1], ['imma', -1]]);

  // Opens `setlimit tomark p for (...)`: returns the saved backward limit, or null.
  function limitTo(z, p) {
    var v1 = z.l - z.c;
    if (z.c < p) return null;
    z.c = p;
    var saved = z.lb;
    z.lb = z.c;
    z.c = z.l - v1;
    return saved;
  }

  function fiParticleEtc(z) {
    var v2 = limitTo(z, z.p1);
    if (v2 === null) return false;
    z.ket = z.c;
    var a = z.findAmongB(FI_A0);
    if (!a) { z.lb = v2; return false; }
    z.bra = z.c;
    z.lb = v2;
    if (a === 1) { if (!z.inGb(FI_PARTICLE_END)) return false; }
    else if (a === 2) { if (!(z.p2 <= z.c)) return false; }
    return z.sliceDel();
  }
  function fiPossessive(z) {
    var v2 = limitTo(z, z.p1);
    if (v2 === null) return false;
    z.ket = z.c;
    var a = z.findAmongB(FI_A4);
    if (!a) { z.lb = v2; return false; }
    z.bra = z.c;
    z.lb = v2;
    if (a === 1) {
      var v3 = z.l - z.c;
      if (z.eqb('k')) return false;
      z.c = z.l - v3;
      z.sliceDel();
    } else if (a === 2) {
      z.sliceDel();
      z.ket = z.c;
      if (!z.eqb('kse')) return false;
      z.bra = z.c;
      z.sliceFrom('ksi');
    } else if (a === 3) {
      z.sliceDel();
    } else if (a === 4) {
      if (!z.findAmongB(FI_A1)) return false;
      z.sliceDel();
    } else if (a === 5) {
      if (!z.findAmongB(FI_A2)) return false;
      z.sliceDel();
    } else if (a === 6) {
      if (!z.findAmongB(FI_A3)) return false;
      z.sliceDel();
    }
    return true;
  }
  function fiCaseEnding(z) {
    var v2 = limitTo(z, z.p1);
    if (v2 === null) return false;
    z.ket = z.c;
    var a = z.findAmongB(FI_A6);
    if (!a) { z.lb = v2; return false; }
    z.bra = z.c;
    z.lb = v2;
    var vowel = { 1: 'a', 2: 'e', 3: 'i', 4: 'o', 5: 'ä', 6: 'ö' }[a];
    if (vowel) {
      if (!z.eqb(vowel)) return false;
    } else if (a === 7) {
      var v3 = z.l - z.c;
      (function () {
        var v4 = z.l - z.c;
        var v5 = z.l - z.c;
        if (!fiLong(z)) {
          z.c = z.l - v5;
          if (!z.eqb('ie')) { z.c = z.l - v3; return; }
        }
        z.c = z.l - v4;
        if (z.c <= z.lb) { z.c = z.l - v3; return; }
        z.c--;
        z.bra = z.c;
      })();
    } else if (a === 8) {
      if (!z.inGb(FI_V1)) return false;
      if (!z.outGb(FI_V1)) return false;
    } else if (a === 9) {
      if (!z.eqb('e')) return false;
    }
    z.sliceDel();
    z.endingRemoved = true;
    return true;
  }
  function fiOtherEndings(z) {
    var v2 = limitTo(z, z.p2);
    if (v2 === null) return false;
    z.ket = z.c;
    var a = z.findAmongB(FI_A7);
    if (!a) { z.lb = v2; return false; }
    z.bra = z.c;
    z.lb = v2;
    if (a === 1) {
      var v3 = z.l - z.c;
      if (z.eqb('po')) return false;
      z.c = z.l - v3;
    }
    return z.sliceDel();
  }
  function fiIPlural(z) {
    var v2 = limitTo(z, z.p1);
    if (v2 === null) return false;
    z.ket = z.c;
    if (!z.findAmongB(FI_A8)) { z.lb = v2; return false; }
    z.bra = z.c;
    z.lb = v2;
    return z.sliceDel();
  }
  function fiTPlural(z) {
    var v2 = limitTo(z, z.p1);
    if (v2 === null) return false;
    z.ket = z.c;
    if (!z.eqb('t')) { z.lb = v2; return false; }
    z.bra = z.c;
    var v3 = z.l - z.c;
    if (!z.inGb(FI_V1)) { z.lb = v2; return false; }
    z.c = z.l - v3;
    z.sliceDel();
    z.lb = v2;
    var v5 = limitTo(z, z.p2);
    if (v5 === null) return false;
    z.ket = z.c;
    var a = z.findAmongB(FI_A9);
    if (!a) { z.lb = v5; return false; }
    z.bra = z.c;
    z.lb = v5;
    if (a === 1) {
      var v6 = z.l - z.c;
      if (z.eqb('po')) return false;
      z.c = z.l - v6;
    }
    return z.sliceDel();
  }
  function fiTidy(z) {
    var v2 = limitTo(z, z.p1);
    if (v2 === null) return false;
    var v3 = z.l - z.c;
    (function () { // undouble vowel
      var v4 = z.l - z.c;
      if (!fiLong(z)) return;
      z.c = z.l - v4;
      z.ket = z.c;
      if (z.c <= z.lb) return;
      z.c--;
      z.bra = z.c;
      z.sliceDel();
    })();
    z.c = z.l - v3;
    var v5 = z.l - z.c;
    (function () { // remove trailing a, ä, e, i after a consonant
      z.ket = z.c;
      if (!z.inGb(FI_AEI)) return;
      z.bra = z.c;
      if (!z.outGb(FI_V1)) return;
      z.sliceDel();
    })();
    z.c = z.l - v5;
    var v6 = z.l - z.c;
    (function () { // oj, uj → o, u
      z.ket = z.c;
      if (!z.eqb('j')) return;
      z.bra = z.c;
      var v7 = z.l - z.c;
      if (!z.eqb('o')) {
        z.c = z.l - v7;
        if (!z.eqb('u')) return;
      }
      z.sliceDel();
    })();
    z.c = z.l - v6;
    var v8 = z.l - z.c;
    (function () { // jo → j
      z.ket = z.c;
      if (!z.eqb('o')) return;
      z.bra = z.c;
      if (!z.eqb('j')) return;
      z.sliceDel();
    })();
    z.c = z.l - v8;
    z.lb = v2;
    for (;;) { // goto non-V1
      var v9 = z.l - z.c;
      if (z.outGb(FI_V1)) { z.c = z.l - v9; break; }
      z.c = z.l - v9;
      if (z.c <= z.lb) return false;
      z.c--;
    }
    z.ket = z.c;
    if (z.c <= z.lb) return false;
    z.c--;
    z.bra = z.c;
    var x = z.sliceTo();
    if (!x) return false;
    if (!z.eqb(x)) return false;
    return z.sliceDel();
  }
  function stemFinnish(word) {
    var z = new Env(word);
    z.p1 = z.l;
    z.p2 = z.l;
    if (gotoIn(z, FI_V1) && gopastOut(z, FI_V1)) {
      z.p1 = z.c;
      if (gotoIn(z, FI_V1) && gopastOut(z, FI_V1)) z.p2 = z.c;
    }
    z.c = 0;
    z.endingRemoved = false;
    z.lb = 0;
    z.c = z.l;
    var steps = [fiParticleEtc, fiPossessive, fiCaseEnding, fiOtherEndings];
    for (var i = 0; i < steps.length; i++) {
      var v = z.l - z.c;
      steps[i](z);
      z.c = z.l - v;
    }
    var v6 = z.l - z.c;
    if (z.endingRemoved) {
      fiIPlural(z);
      z.c = z.l - v6;
    } else {
      fiTPlural(z);
      z.c = z.l - v6;
    }
    var v9 = z.l - z.c;
    fiTidy(z);
    z.c = z.l - v9;
    return z.s.join('');
  }

  // ---- Swedish ----
  var SV_V = set('aeiouyäåö');
  var SV_S_ENDING = set('bcdfghjklmnoprtvy');
  var SV_A0 = among([
    ['a', 1], ['arna', 1], ['erna', 1], ['heterna', 1], ['orna', 1], ['ad', 1], ['e', 1], ['ade', 1],
    ['ande', 1], ['arne', 1], ['are', 1], ['aste', 1], ['en', 1], ['anden', 1], ['aren', 1], ['heten', 1],
    ['ern', 1], ['ar', 1], ['er', 1], ['heter', 1], ['or', 1], ['s', 2], ['as', 1], ['arnas', 1],
    ['ernas', 1], ['ornas', 1], ['es', 1], ['ades', 1], ['andes', 1], ['ens', 1], ['arens', 1],
    ['hetens', 1], ['erns', 1], ['at', 1], ['andet', 1], ['het', 1], ['ast', 1]
  ]);
  var SV_A1 = among([['dd', -1], ['gd', -1], ['nn', -1], ['dt', -1], ['gt', -1], ['kt', -1], ['tt', -1]]);
  var SV_A2 = among([['ig', 1], ['lig', 1], ['els', 1], ['fullt', 3], ['löst', 2]]);
  function stemSwedish(word) {
    var z = new Env(word);
    z.p1 = z.l;
    if (z.l >= 3) {
      var x = 3;
      if (gotoIn(z, SV_V) && gopastOut(z, SV_V)) {
        z.p1 = z.c;
        if (z.p1 < x) z.p1 = x;
      }
    }
    z.c = 0;
    z.lb = 0;
    z.c = z.l;
    var v = z.l - z.c;
    (function () { // main suffix
      var v2 = limitTo(z, z.p1);
      if (v2 === null) return;
      z.ket = z.c;
      var a = z.findAmongB(SV_A0);
      if (!a) { z.lb = v2; return; }
      z.bra = z.c;
      z.lb = v2;
      if (a === 1) z.sliceDel();
      else if (a === 2 && z.inGb(SV_S_ENDING)) z.sliceDel();
    })();
    z.c = z.l - v;
    v = z.l - z.c;
    (function () { // consonant pair
      var v2 = limitTo(z, z.p1);
      if (v2 === null) return;
      var v3 = z.l - z.c;
      if (!z.findAmongB(SV_A1)) { z.lb = v2; return; }
      z.c = z.l - v3;
      z.ket = z.c;
      if (z.c <= z.lb) { z.lb = v2; return; }
      z.c--;
      z.bra = z.c;
      z.sliceDel();
      z.lb = v2;
    })();
    z.c = z.l - v;
    v = z.l - z.c;
    (function () { // other suffix
      var v2 = limitTo(z, z.p1);
      if (v2 === null) return;
      z.ket = z.c;
      var a = z.findAmongB(SV_A2);
      if (!a) { z.lb = v2; return; }
      z.bra = z.c;
      if (a === 1) z.sliceDel();
      else if (a === 2) z.sliceFrom('lös');
      else if (a === 3) z.sliceFrom('full');
      z.lb = v2;
    })();
    z.c = z.l - v;
    return z.s.join('');
  }

  // ---- Words, as the build splits them ----
  var STEMMERS = { finnish: stemFinnish, swedish: stemSwedish };
  var WORD = /[\p{Alphabetic}\p{N}]+/gu;
  var HAS_LETTER = /\p{Alphabetic}/u;
  var MAX_WORD = 64;

  function tokenize(text) {
    var words = String(text).normalize('NFC').toLowerCase().match(WORD) || [];
    return words.filter(function (w) { return Array.from(w).length <= MAX_WORD; });
  }
  function stem(stemmer, word) {
    var f = STEMMERS[stemmer];
    if (!f || !HAS_LETTER.test(word)) return word;
    return f(word) || word;
  }

