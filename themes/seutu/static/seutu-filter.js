/* seutu: instant combined filtering of the all-towns job and study lists.
   The page works without this script: its filter links lead to pre-rendered pages (one town or
   one sector, employment type or study level at a time). With it, the links give way to a form
   whose choices combine, with counts that follow the other choices. No framework, no requests. */
(function () {
  'use strict';
  var root = document.querySelector('[data-filter-root]');
  if (!root || !window.URLSearchParams || !('content' in document.createElement('template'))) return;
  var form = root.querySelector('[data-filter-form]');
  var links = root.querySelector('[data-filter-links]');
  var results = root.querySelector('.results');
  var list = root.querySelector('[data-filter-cards]');
  if (!form || !list || !results) return;
  var count = root.querySelector('[data-filter-count]');
  var status = root.querySelector('[data-filter-status]');
  var empty = root.querySelector('[data-filter-empty]');
  var pagination = root.querySelector('[data-filter-pagination]');
  var template = root.querySelector('template[data-filter-all]');
  var one = results.getAttribute('data-count-one') || '1';
  var many = results.getAttribute('data-count-many') || '{n}';
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-facet]'));
  var facets = selects.map(function (s) { return s.getAttribute('data-facet'); });

  // The first page as rendered, and every card of the list (from the inert <template> when
  // the list has more than one page).
  var firstPage = Array.prototype.slice.call(list.children);
  // A list of several pages without that template is too long to filter here: its links to
  // the pre-rendered filter pages stay.
  if (!template && pagination) return;
  // Matching and counting read the inert cards in the template as they are; a card is copied
  // into the page only when a choice shows it, so starting the script costs next to nothing.
  var all = template ? Array.prototype.slice.call(template.content.children) : firstPage.slice();
  function shownCard(card) { return template ? document.importNode(card, true) : card; }

  function valueOf(card, facet) { return card.getAttribute('data-facet-' + facet) || ''; }

  function chosen() {
    var c = {};
    selects.forEach(function (s) { c[s.getAttribute('data-facet')] = s.value; });
    return c;
  }

  function matches(card, c, except) {
    return facets.every(function (f) { return f === except || !c[f] || valueOf(card, f) === c[f]; });
  }

  function countText(n) { return n === 1 ? one : many.replace('{n}', String(n)); }

  function update(announce) {
    var c = chosen();
    var active = facets.some(function (f) { return c[f]; });
    var shown = active ? all.filter(function (card) { return matches(card, c); }).map(shownCard) : firstPage;
    var total = active ? shown.length : all.length;
    while (list.firstChild) list.removeChild(list.firstChild);
    shown.forEach(function (card) { list.appendChild(card); });
    if (pagination) pagination.hidden = active;
    if (empty) empty.hidden = shown.length > 0;
    if (count) count.textContent = countText(total);
    // Each option's count: how many cards it would show with the other choices kept.
    selects.forEach(function (s) {
      var f = s.getAttribute('data-facet');
      Array.prototype.forEach.call(s.options, function (o) {
        var n = all.filter(function (card) {
          return matches(card, c, f) && (!o.value || valueOf(card, f) === o.value);
        }).length;
        o.textContent = (o.getAttribute('data-name') || o.value) + ' (' + n + ')';
      });
    });
    var params = new URLSearchParams();
    facets.forEach(function (f) { if (c[f]) params.set(f, c[f]); });
    var query = params.toString();
    if (window.history && history.replaceState) {
      history.replaceState(null, '', query ? '?' + query : location.pathname);
    }
    if (announce && status) status.textContent = countText(total);
  }

  // Choices from the address (?town=raahe&sector=metal) so a filtered view can be shared.
  var initial = new URLSearchParams(location.search);
  selects.forEach(function (s) {
    var v = initial.get(s.getAttribute('data-facet'));
    if (v && Array.prototype.some.call(s.options, function (o) { return o.value === v; })) s.value = v;
  });

  form.hidden = false;
  if (links) links.hidden = true;
  form.addEventListener('change', function () { update(true); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(function () { update(true); }, 0); });
  // With no choice yet (none in the address, none the browser kept in the form) the page is
  // already right: the first page, and the counts of the whole list in the options.
  if (selects.some(function (s) { return s.value; })) update(false);
})();
