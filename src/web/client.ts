/**
 * The only script of the HTML views, inlined (allowed by hash). Pages work without it: a link to
 * `#cite-START-END` already scrolls to that sentence and CSS `:target` highlights it. The script
 * adds what CSS cannot: when the span named in the fragment is not a whole sentence (a link made
 * elsewhere, e.g. a search hit), it highlights every sentence the span overlaps; it moves keyboard
 * focus to the cited sentence; and "h" toggles the annotation highlights for plain reading.
 */
export const CLIENT_SCRIPT = `(function () {
  'use strict';
  var CITE = /^(.*)cite-(\\d+)-(\\d+)$/;
  function clear() {
    var old = document.querySelectorAll('.is-target');
    for (var i = 0; i < old.length; i++) old[i].classList.remove('is-target');
  }
  function sentencesOverlapping(prefix, start, end) {
    var out = [];
    var all = document.querySelectorAll('.sent[id]');
    for (var i = 0; i < all.length; i++) {
      var m = CITE.exec(all[i].id);
      if (!m || m[1] !== prefix) continue;
      var s = +m[2], e = +m[3];
      if (s < end && e > start) out.push(all[i]);
    }
    return out;
  }
  function show() {
    clear();
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (err) { return; }
    var m = CITE.exec(id);
    if (!m) return;
    var exact = document.getElementById(id);
    var hits = exact ? [exact] : sentencesOverlapping(m[1], +m[2], +m[3]);
    if (!hits.length) return;
    for (var i = 0; i < hits.length; i++) hits[i].classList.add('is-target');
    var first = hits[0];
    if (!first.hasAttribute('tabindex')) first.setAttribute('tabindex', '-1');
    first.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', show);
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'h' || event.ctrlKey || event.metaKey || event.altKey) return;
    var t = event.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    document.body.classList.toggle('hl-off');
  });
  show();
})();
`;
