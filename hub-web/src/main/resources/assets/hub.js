/* Hub: progressive enhancement only. Every form works without this file; with it, titles
   are suggested as you type and "has this been asked before?" appears while writing a question.
   Results are built with textContent, never innerHTML, so titles cannot inject markup. */
(function () {
  "use strict";

  function debounce(fn, ms) {
    var timer;
    return function () {
      var args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(null, args); }, ms);
    };
  }

  function getJson(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .catch(function () { return null; });
  }

  /* detailInLink: the detail goes inside the link, on the link's line; the suggestions' links are
     blocks (a whole row to click), so a detail after one would fall to a line of its own. */
  function linkList(items, label, detailInLink) {
    var list = document.createElement("ul");
    list.setAttribute("aria-label", label);
    items.forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item.url;
      a.textContent = item.title;
      li.appendChild(a);
      if (item.detail) {
        var meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = " – " + item.detail;
        (detailInLink ? a : li).appendChild(meta);
      }
      list.appendChild(li);
    });
    return list;
  }

  var TYPE_LABELS = { thread: "Thread", post: "Answer", document: "Document", guidance: "Guidance" };

  /* Title suggestions under a search box: <input data-suggest="/api/..."> and a container
     <div data-suggestions-for="input-id">. */
  function enableSuggestions(input) {
    var box = document.querySelector('[data-suggestions-for="' + input.id + '"]');
    if (!box) { return; }
    var latest = 0;
    var clear = function () { box.textContent = ""; };
    var update = debounce(function () {
      var q = input.value.trim();
      var ticket = ++latest;
      if (q.length < 2) { clear(); return; }
      getJson(input.getAttribute("data-suggest") + "?limit=6&q=" + encodeURIComponent(q)).then(function (data) {
        if (ticket !== latest) { return; }
        clear();
        if (data && data.suggestions && data.suggestions.length) {
          box.appendChild(linkList(data.suggestions.map(function (s) {
            return { url: s.url, title: s.title, detail: TYPE_LABELS[s.type] || s.type };
          }), "Suggestions", true));
        }
      });
    }, 200);
    input.addEventListener("input", update);
    input.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { clear(); }
      if (e.key === "ArrowDown") {
        var first = box.querySelector("a");
        if (first) { e.preventDefault(); first.focus(); }
      }
    });
    box.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { clear(); input.focus(); }
    });
    document.addEventListener("click", function (e) {
      if (!box.contains(e.target) && e.target !== input) { clear(); }
    });
  }

  /* "Has this been asked before?" while a question is written: <input data-similar="/api/...">
     and <div data-similar-for="input-id">. */
  function enableSimilar(input) {
    var box = document.querySelector('[data-similar-for="' + input.id + '"]');
    if (!box) { return; }
    var latest = 0;
    var update = debounce(function () {
      var title = input.value.trim();
      var ticket = ++latest;
      if (title.length < 4) { box.textContent = ""; return; }
      getJson(input.getAttribute("data-similar") + "?limit=5&title=" + encodeURIComponent(title))
        .then(function (data) {
          if (ticket !== latest) { return; }
          box.textContent = "";
          if (!data || !data.items || !data.items.length) { return; }
          var panel = document.createElement("div");
          panel.className = "notice";
          var heading = document.createElement("h2");
          heading.textContent = "Has this been asked before?";
          panel.appendChild(heading);
          panel.appendChild(linkList(data.items.map(function (hit) {
            var where = hit.type === "guidance" ? "Guidance" : (hit.group ? hit.group.name : hit.type);
            return { url: hit.url, title: hit.title, detail: where };
          }), "Similar questions and guidance"));
          box.appendChild(panel);
        });
    }, 300);
    input.addEventListener("input", update);
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), enableSuggestions);
    Array.prototype.forEach.call(document.querySelectorAll("input[data-similar]"), enableSimilar);
    var summary = document.querySelector(".error-summary");
    if (summary) { summary.focus(); }
  });
})();
