// "Baca juga" picked by search: the Markdown toolbar's button (editor-form.js) asks with a cancelable "md-read-also"
// event; this answers it with a small title search (the same JSON as the related-story picker) and inserts the chosen
// story's link. Without this script the toolbar inserts a link to fill in by hand.
"use strict";

(() => {
  const body = document.getElementById("Input_Body");
  const form = document.querySelector("form.article-form");
  const lookupUrl = form?.getAttribute("data-lookup-url");
  if (!body || !form || !lookupUrl || !window.fetch || !window.TempoEditor) return;
  const selfId = form.getAttribute("data-article-id") || "";

  const { el, getJson, searchAsYouType, insertPanel } = window.TempoEditor;
  const picker = insertPanel(body, { panelClass: "read-also-panel", searchId: "read-also-search",
    labelText: "Cari berita untuk \"Baca juga\"", listClass: "search-results", listLabel: "Berita untuk Baca juga" });
  const { search, note, list } = picker;

  const run = async () => {
    const query = search.value.trim();
    if (!query) {
      list.textContent = "";
      note.textContent = "";
      return;
    }
    let hits;
    try {
      hits = await getJson(lookupUrl + "?q=" + encodeURIComponent(query) + (selfId ? "&exclude=" + encodeURIComponent(selfId) : ""));
    } catch {
      note.textContent = "Pencarian gagal. Coba lagi.";
      return;
    }
    list.textContent = "";
    note.textContent = hits.length === 0 ? "Tidak ada judul yang cocok." : hits.length + " artikel ditemukan.";
    hits.forEach((hit) => {
      const li = el("li", "search-hit");
      li.append(el("span", "search-hit-title", hit.title), el("span", "search-hit-meta", hit.kanal + " · " + hit.date + " · " + hit.status));
      const choose = el("button", "link-button", "Sisipkan");
      choose.type = "button";
      choose.setAttribute("aria-label", "Sisipkan Baca juga: " + hit.title);
      choose.addEventListener("click", () => picker.choose(hit.title, hit.url));
      li.appendChild(choose);
      list.appendChild(li);
    });
  };

  body.addEventListener("md-read-also", (event) => {
    event.preventDefault();
    picker.open(event.detail?.insert);
    run();
  });
  searchAsYouType(search, run);
})();
