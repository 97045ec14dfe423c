// statuscodes site: search as you type, the translate table, copy buttons.
// No framework; the data is window.STATUSCODES, from data.js.
(function () {
  "use strict";
  var data = window.STATUSCODES;
  var here = document.documentElement;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function params() {
    var out = {};
    location.search.replace(/^\?/, "").split("&").forEach(function (pair) {
      if (!pair) return;
      var parts = pair.split("=");
      out[decodeURIComponent(parts[0])] = decodeURIComponent((parts[1] || "").replace(/\+/g, " "));
    });
    return out;
  }

  function setParams(values) {
    var query = Object.keys(values)
      .filter(function (key) { return values[key]; })
      .map(function (key) { return encodeURIComponent(key) + "=" + encodeURIComponent(values[key]); })
      .join("&");
    var url = location.pathname + (query ? "?" + query : "");
    try { history.replaceState(null, "", url); } catch (e) { /* file:// may refuse */ }
  }

  // ---- copy buttons, on every page
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.copy");
    if (!button) return;
    var text = button.getAttribute("data-copy");
    var done = function () {
      button.setAttribute("data-copied", "");
      button.textContent = "Copied";
      setTimeout(function () { button.removeAttribute("data-copied"); button.textContent = "Copy"; }, 1500);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () {});
    }
  });

  if (!data) return;
  var ecosystems = data.ecosystems;
  var statuses = data.statuses;

  function lower(text) { return String(text).toLowerCase(); }

  // ---- search
  // Each result: the status, a score (lower is better) and why it matched.
  function search(query, classDigit, ecosystemId) {
    var q = lower(query.trim());
    var ecoIndex = -1;
    ecosystems.forEach(function (e, i) { if (e.id === ecosystemId) ecoIndex = i; });
    var results = [];
    statuses.forEach(function (status) {
      if (classDigit && String(status.class) !== classDigit) return;
      if (ecoIndex >= 0 && !status.names.some(function (n) { return n[0] === ecoIndex; })) return;
      if (!q) { results.push({ status: status, score: 9, why: [] }); return; }
      var score = 99;
      var why = [];
      var code = String(status.code);
      if (code === q) score = 0;
      else if (/^\d+$/.test(q) && code.indexOf(q) === 0) score = 3;
      var phrase = lower(status.phrase);
      if (phrase === q) score = Math.min(score, 0);
      else if (phrase.indexOf(q) === 0) score = Math.min(score, 2);
      else if (phrase.indexOf(q) >= 0) score = Math.min(score, 4);
      status.names.forEach(function (n) {
        if (ecoIndex >= 0 && n[0] !== ecoIndex) return;
        var text = lower(n[1]);
        var bare = lower(n[2]);
        var s = 99;
        if (text === q || bare === q) s = 1;
        else if (text.indexOf(q) >= 0 || bare.indexOf(q) >= 0) s = 5;
        if (s < 99) {
          score = Math.min(score, s);
          why.push({ eco: ecosystems[n[0]].id, name: n[1], marks: n[3], exact: s === 1 });
        }
      });
      // Exact names first, then at most four in all.
      why.sort(function (a, b) { return (b.exact ? 1 : 0) - (a.exact ? 1 : 0); });
      if (why.length > 4) {
        var more = why.length - 4;
        why = why.slice(0, 4);
        why.push({ more: more });
      }
      if (score === 99 && q.length >= 3 && lower(status.text).indexOf(q) >= 0) score = 6;
      if (score < 99) results.push({ status: status, score: score, why: why });
    });
    results.sort(function (a, b) { return a.score - b.score || a.status.code - b.status.code; });
    return results;
  }

  var form = document.getElementById("search");
  if (form) {
    var input = document.getElementById("q");
    var classSelect = document.getElementById("class");
    var ecoSelect = document.getElementById("ecosystem");
    var list = document.getElementById("results");
    var all = document.getElementById("all");
    var count = document.getElementById("count");
    var start = params();
    input.value = start.q || "";
    classSelect.value = start.class || "";
    ecoSelect.value = start.ecosystem || "";

    var render = function () {
      var q = input.value;
      var filtered = q.trim() || classSelect.value || ecoSelect.value;
      setParams({ q: q.trim(), class: classSelect.value, ecosystem: ecoSelect.value });
      list.textContent = "";
      if (!filtered) {
        list.hidden = true;
        all.hidden = false;
        count.textContent = "";
        return;
      }
      var results = search(q, classSelect.value, ecoSelect.value);
      results.forEach(function (r) {
        var link = el("a", { href: "status/" + r.status.code + ".html" }, [
          el("span", { "class": "code", text: String(r.status.code) }), " " + r.status.phrase
        ]);
        var item = el("li", { "data-code": String(r.status.code) }, [link]);
        r.why.forEach(function (w) {
          var note = w.more ? "and " + w.more + " more" : w.eco + ": " + w.name + (w.marks ? " (" + w.marks + ")" : "");
          item.appendChild(el("span", { "class": "note", text: note }));
        });
        list.appendChild(item);
      });
      list.hidden = false;
      all.hidden = true;
      count.textContent = results.length === 1 ? "1 status" : results.length + " statuses";
    };
    input.addEventListener("input", render);
    classSelect.addEventListener("change", render);
    ecoSelect.addEventListener("change", render);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = list.querySelector("a");
      if (first) location.href = first.getAttribute("href");
    });
    render();
  }

  // ---- translate
  var translateForm = document.getElementById("translate");
  if (translateForm) {
    var from = document.getElementById("from");
    var to = document.getElementById("to");
    var table = document.getElementById("translation");
    var body = table.querySelector("tbody");
    var summary = document.getElementById("translate-count");
    var chosen = params();
    if (chosen.from) from.value = chosen.from;
    if (chosen.to) to.value = chosen.to;
    var indexOf = function (id) {
      for (var i = 0; i < ecosystems.length; i++) if (ecosystems[i].id === id) return i;
      return -1;
    };
    var draw = function () {
      var f = indexOf(from.value);
      var t = indexOf(to.value);
      setParams({ from: from.value, to: to.value });
      document.getElementById("from-heading").textContent = ecosystems[f].name;
      document.getElementById("to-heading").textContent = ecosystems[t].name;
      body.textContent = "";
      var rows = 0;
      var missing = 0;
      var conflicts = 0;
      statuses.forEach(function (status) {
        var fromNames = status.names.filter(function (n) { return n[0] === f; });
        if (!fromNames.length) return;
        var toNames = status.names.filter(function (n) { return n[0] === t; });
        rows++;
        var cell = function (names) {
          var td = el("td");
          if (!names.length) { td.appendChild(el("span", { "class": "none", text: "no name" })); return td; }
          names.forEach(function (n) {
            var div = el("div", { "class": "name" }, [el("code", { text: n[1] })]);
            if (n[3]) div.appendChild(el("span", { "class": "marks", text: " (" + n[3] + ")" }));
            td.appendChild(div);
          });
          return td;
        };
        var fromMeaning = fromNames[0][4];
        var toMeaning = toNames.length ? toNames[0][4] : fromMeaning;
        var row = el("tr", {}, [
          el("th", { scope: "row" }, [el("a", { href: "status/" + status.code + ".html" }, [
            el("span", { "class": "code", text: String(status.code) }), " " + status.phrase
          ])]),
          cell(fromNames),
          cell(toNames)
        ]);
        if (!toNames.length) missing++;
        if (toNames.length && fromMeaning !== toMeaning) {
          conflicts++;
          row.lastChild.appendChild(el("div", { "class": "conflict", text: "Another meaning: the two names share the code, not the meaning." }));
        }
        body.appendChild(row);
      });
      table.hidden = false;
      summary.textContent = rows + " names; " + missing + " without a counterpart; " + conflicts + " with another meaning.";
    };
    from.addEventListener("change", draw);
    to.addEventListener("change", draw);
    translateForm.addEventListener("submit", function (event) { event.preventDefault(); draw(); });
    draw();
  }
  here.setAttribute("data-ready", "");
})();
