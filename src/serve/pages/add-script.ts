/**
 * The add page's script (inline, allowed by its hash like the views' own script). The form works
 * without it: the browser posts it and is redirected to `/add?job=ID`. With it, the page stays put,
 * sends the form with `fetch`, polls the job, draws the progress and lists each article's fate with
 * a link to the story it joined. Everything from the server is written with `textContent`, never
 * as markup, so an article's title cannot become an element.
 */
export const ADD_SCRIPT = `(function () {
  'use strict';
  var POLL_MS = 400;
  var form = document.getElementById('add-form');
  var status = document.getElementById('add-status');
  var bar = document.getElementById('add-progress');
  var list = document.getElementById('add-results');
  if (!form || !status || !bar || !list) return;
  var button = form.querySelector('button[type="submit"]');
  var titles = {};
  function say(text) { status.textContent = text; }
  function text(t) { return document.createTextNode(t); }
  function link(href, t) { var a = document.createElement('a'); a.href = href; a.textContent = t; return a; }
  function row(kind, parts) {
    var li = document.createElement('li');
    li.className = 'result-' + kind;
    for (var i = 0; i < parts.length; i++) li.appendChild(parts[i]);
    list.appendChild(li);
  }
  function reason(body, res) { return body && body.error && body.error.message ? body.error.message : 'the server answered ' + res.status; }
  function busy(on) {
    if (button) button.disabled = on;
    if (on) form.setAttribute('aria-busy', 'true'); else form.removeAttribute('aria-busy');
  }
  function storyTitle(id) {
    if (!titles[id]) {
      titles[id] = fetch('/api/stories/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } })
        .then(function (res) { return res.ok ? res.json() : null; })
        .then(function (body) { return body && body.story ? body.story.title : id; }, function () { return id; });
    }
    return titles[id];
  }
  function storyLink(id) {
    var a = link('/stories/' + encodeURIComponent(id), id);
    storyTitle(id).then(function (t) { a.textContent = t; });
    return a;
  }
  function count(job, kind) { return job.results.filter(function (r) { return r.kind === kind; }).length; }
  function render(job) {
    bar.hidden = false;
    bar.max = Math.max(job.total, 1);
    bar.value = job.done;
    bar.textContent = job.done + ' of ' + job.total;
    if (job.status === 'queued') say('Waiting for the upload before this one to finish…');
    else if (job.status === 'running') say('Analysing: ' + job.done + ' of ' + (job.total || '?') + ' articles done…');
    else if (job.status === 'done') say('Done: ' + count(job, 'added') + ' added, ' + count(job, 'duplicate') + ' already in the library, ' + count(job, 'rejected') + ' not added.');
    else say('The job stopped on an error; the articles listed as added are kept. Send the rest again.');
    list.textContent = '';
    job.results.forEach(function (r) {
      var name = r.title || r.source;
      if (r.kind === 'added') row('added', [text(name + (r.newStory ? ' started the story ' : ' joined the story ')), storyLink(r.story)]);
      else if (r.kind === 'duplicate' && r.story) row('duplicate', [text(name + ' was already in the library, in the story '), storyLink(r.story)]);
      else if (r.kind === 'duplicate') row('duplicate', [text(name + ' was already in the library.')]);
      else row('rejected', [text(name + ' was not added: ' + r.message.reason)]);
    });
  }
  function poll(url) {
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (res) {
        return res.json().then(function (body) {
          if (!res.ok) { say('Could not follow the job: ' + reason(body, res)); busy(false); return; }
          render(body);
          if (body.status === 'done' || body.status === 'failed') busy(false);
          else setTimeout(function () { poll(url); }, POLL_MS);
        });
      })
      .catch(function (error) { say('Could not reach the server (' + error.message + '); reload the page to try again.'); busy(false); });
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    busy(true);
    list.textContent = '';
    say('Sending…');
    fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } })
      .then(function (res) {
        return res.json().then(function (body) {
          if (res.status !== 202) { say('Not sent: ' + reason(body, res)); busy(false); return; }
          form.reset();
          history.replaceState(null, '', '/add?job=' + encodeURIComponent(body.job));
          poll(body.url);
        });
      })
      .catch(function (error) { say('Could not send (' + error.message + '); check that the server is running.'); busy(false); });
  });
  var pending = /[?&]job=([^&#]+)/.exec(location.search);
  if (pending) { busy(true); poll('/api/jobs/' + pending[1]); }
})();
`;
