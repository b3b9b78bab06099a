// "Baca juga" picked by search: the Markdown toolbar's button (editor-form.js) asks with a cancelable "md-read-also"
// event; this answers it with a small title search (the same JSON as the related-story picker) and inserts the chosen
// story's link. Without this script the toolbar inserts a link to fill in by hand.
(function () {
  "use strict";

  var body = document.getElementById("Input_Body");
  var form = document.querySelector("form.article-form");
  var lookupUrl = form && form.getAttribute("data-lookup-url");
  if (!body || !form || !lookupUrl || !window.fetch || !window.TempoEditor) return;
  var selfId = form.getAttribute("data-article-id") || "";

  var el = window.TempoEditor.el;
  var parts = window.TempoEditor.searchPanel({ panelClass: "read-also-panel", searchId: "read-also-search",
    labelText: "Cari berita untuk \"Baca juga\"", listClass: "search-results", listLabel: "Berita untuk Baca juga" });
  var panel = parts.panel, search = parts.search, note = parts.note, list = parts.list;
  var close = el("button", "link-button", "Tutup");
  close.type = "button";
  panel.appendChild(close);
  body.parentNode.insertBefore(panel, body);

  var insert = null;

  function hide() {
    panel.hidden = true;
    insert = null;
    body.focus();
  }

  function run() {
    var query = search.value.trim();
    if (!query) {
      list.textContent = "";
      note.textContent = "";
      return;
    }
    fetch(lookupUrl + "?q=" + encodeURIComponent(query) + (selfId ? "&exclude=" + encodeURIComponent(selfId) : ""),
      { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (hits) {
        list.textContent = "";
        note.textContent = hits.length === 0 ? "Tidak ada judul yang cocok." : hits.length + " artikel ditemukan.";
        hits.forEach(function (hit) {
          var li = el("li", "search-hit");
          li.appendChild(el("span", "search-hit-title", hit.title));
          li.appendChild(el("span", "search-hit-meta", hit.kanal + " · " + hit.date + " · " + hit.status));
          var choose = el("button", "link-button", "Sisipkan");
          choose.type = "button";
          choose.setAttribute("aria-label", "Sisipkan Baca juga: " + hit.title);
          choose.addEventListener("click", function () {
            var put = insert;
            hide();
            if (put) put(hit.title, hit.url);
          });
          li.appendChild(choose);
          list.appendChild(li);
        });
      })
      .catch(function () { note.textContent = "Pencarian gagal. Coba lagi."; });
  }

  body.addEventListener("md-read-also", function (event) {
    event.preventDefault();
    insert = event.detail && event.detail.insert;
    panel.hidden = false;
    search.focus();
    run();
  });
  window.TempoEditor.searchAsYouType(search, run);
  search.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.preventDefault();
      hide();
    }
  });
  close.addEventListener("click", hide);
})();
