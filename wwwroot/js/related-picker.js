// Related stories and the pick, without reloading the page. Progressive enhancement: without this script the form's
// "Cari" button and the textarea of references work as before; with it, the search runs as you type, its results stay
// while you add several stories, and the list is ordered by dragging or with the up/down buttons. The textarea stays
// the form's value ("123 · Judul" per line), so the server reads exactly what it reads without the script.
(function () {
  "use strict";

  var form = document.querySelector("form.article-form");
  var related = document.getElementById("Input_Related");
  var pick = document.getElementById("Input_EditorsPick");
  var search = document.getElementById("Input_SearchQuery");
  if (!form || !related || !pick || !search || !window.fetch || !window.TempoEditor) return;

  var lookupUrl = form.getAttribute("data-lookup-url");
  var selfId = form.getAttribute("data-article-id") || "";
  var searchButton = form.querySelector("button[formaction*='handler=Search']");
  var staticResults = form.querySelector("ul.search-results");

  var el = window.TempoEditor.el;

  function idOf(reference) {
    var match = /^\s*(\d{1,9})(\s|$|·|-)/.exec(reference);
    return match ? match[1] : null;
  }

  function titleOf(reference) {
    return reference.replace(/^\s*\d{1,9}\s*·?\s*/, "").trim() || reference.trim();
  }

  // --- live region for what happened ---
  var status = el("p", "visually-hidden");
  status.setAttribute("role", "status");
  status.id = "related-status";

  function announce(text) {
    status.textContent = text;
  }

  // --- the ordered list that replaces the textarea ---
  var items = related.value.split("\n").map(function (line) { return line.trim(); }).filter(Boolean)
    .map(function (line) { return { reference: line, title: titleOf(line), meta: "" }; });

  var labelId = "related-label";
  var label = form.querySelector("label[for='Input_Related']");
  if (label) label.id = labelId;
  var list = el("ol", "related-editor");
  list.setAttribute("aria-labelledby", labelId);
  var empty = el("p", "hint related-empty", "Belum ada berita terkait. Cari judul di bawah, lalu tambahkan.");
  related.hidden = true;
  related.parentNode.insertBefore(list, related);
  related.parentNode.insertBefore(empty, related);
  related.parentNode.appendChild(status);

  function sync() {
    related.value = items.map(function (item) { return item.reference; }).join("\n");
    related.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function move(from, to) {
    if (to < 0 || to >= items.length || from === to) return;
    var moved = items.splice(from, 1)[0];
    items.splice(to, 0, moved);
    sync();
    render();
    announce(moved.title + " kini di urutan " + (to + 1) + ".");
    var buttons = list.children[to] && list.children[to].querySelectorAll("button");
    if (buttons && buttons.length) buttons[to < from ? 0 : 1].focus();
  }

  var dragFrom = null;

  function render() {
    list.textContent = "";
    empty.hidden = items.length > 0;
    items.forEach(function (item, index) {
      var li = el("li", "related-item");
      li.draggable = true;
      li.setAttribute("data-id", idOf(item.reference) || "");
      var text = el("span", "related-title", item.title);
      li.appendChild(text);
      if (item.meta) li.appendChild(el("span", "related-meta", item.meta));
      var controls = el("span", "related-controls");
      var up = el("button", "link-button", "Naik");
      up.type = "button";
      up.setAttribute("aria-label", "Naikkan " + item.title);
      up.disabled = index === 0;
      up.addEventListener("click", function () { move(index, index - 1); });
      var down = el("button", "link-button", "Turun");
      down.type = "button";
      down.setAttribute("aria-label", "Turunkan " + item.title);
      down.disabled = index === items.length - 1;
      down.addEventListener("click", function () { move(index, index + 1); });
      var remove = el("button", "link-button", "Hapus");
      remove.type = "button";
      remove.setAttribute("aria-label", "Hapus " + item.title + " dari berita terkait");
      remove.addEventListener("click", function () {
        items.splice(index, 1);
        sync();
        render();
        refreshResults();
        announce(item.title + " dihapus dari berita terkait.");
      });
      controls.appendChild(up);
      controls.appendChild(down);
      controls.appendChild(remove);
      li.appendChild(controls);

      li.addEventListener("dragstart", function (event) {
        dragFrom = index;
        li.classList.add("dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", String(index));
      });
      li.addEventListener("dragend", function () { li.classList.remove("dragging"); });
      li.addEventListener("dragover", function (event) { event.preventDefault(); });
      li.addEventListener("drop", function (event) {
        event.preventDefault();
        if (dragFrom !== null) move(dragFrom, index);
        dragFrom = null;
      });
      list.appendChild(li);
    });
  }

  // --- search as you type ---
  var results = el("ul", "search-results live-results");
  results.setAttribute("aria-label", "Hasil pencarian judul");
  var resultNote = el("p", "hint search-note");
  resultNote.setAttribute("aria-live", "polite");
  var searchField = search.closest(".field") || search.parentNode;
  searchField.parentNode.insertBefore(resultNote, searchField.nextSibling);
  resultNote.parentNode.insertBefore(results, resultNote.nextSibling);
  if (staticResults) staticResults.remove();

  var lastHits = [];
  var pending = null;

  function added(id) {
    return items.some(function (item) { return idOf(item.reference) === String(id); });
  }

  function refreshResults() {
    results.textContent = "";
    lastHits.forEach(function (hit) {
      var li = el("li", "search-hit");
      var heading = el("span", "search-hit-title", hit.title);
      var meta = el("span", "search-hit-meta", hit.kanal + " · " + hit.date + " · " + hit.status);
      var add = el("button", "link-button", added(hit.id) ? "Sudah di berita terkait" : "Tambah ke berita terkait");
      add.type = "button";
      add.disabled = added(hit.id);
      add.setAttribute("aria-label", (added(hit.id) ? "Sudah di berita terkait: " : "Tambah ke berita terkait: ") + hit.title);
      add.addEventListener("click", function () {
        if (added(hit.id)) return;
        items.push({ reference: hit.reference, title: hit.title, meta: hit.kanal + " · " + hit.date + " · " + hit.status });
        sync();
        render();
        refreshResults();
        announce(hit.title + " ditambahkan ke berita terkait (urutan " + items.length + ").");
      });
      var setPick = el("button", "link-button", "Jadikan Pilihan Editor");
      setPick.type = "button";
      setPick.setAttribute("aria-label", "Jadikan Pilihan Editor: " + hit.title);
      setPick.addEventListener("click", function () {
        pick.value = hit.reference;
        pick.dispatchEvent(new Event("input", { bubbles: true }));
        announce(hit.title + " menjadi Pilihan Editor.");
      });
      li.appendChild(heading);
      li.appendChild(meta);
      li.appendChild(add);
      li.appendChild(setPick);
      results.appendChild(li);
    });
  }

  function runSearch() {
    var query = search.value.trim();
    if (pending) pending.abort();
    if (!query) {
      lastHits = [];
      resultNote.textContent = "";
      refreshResults();
      return;
    }
    pending = new AbortController();
    var url = lookupUrl + "?q=" + encodeURIComponent(query) + (selfId ? "&exclude=" + encodeURIComponent(selfId) : "");
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" }, signal: pending.signal })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (hits) {
        lastHits = hits;
        resultNote.textContent = hits.length === 0 ? "Tidak ada judul yang cocok." : hits.length + " artikel ditemukan.";
        refreshResults();
      })
      .catch(function (error) {
        if (error.name === "AbortError") return;
        resultNote.textContent = "Pencarian gagal. Coba lagi, atau simpan dulu bila sesi Anda berakhir.";
      });
  }

  var searchNow = window.TempoEditor.searchAsYouType(search, runSearch);
  if (searchButton) {
    searchButton.addEventListener("click", function (event) {
      event.preventDefault();
      searchNow();
    });
  }

  render();
})();
