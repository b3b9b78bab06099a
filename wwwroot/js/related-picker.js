// Related stories and the pick, without reloading the page. Progressive enhancement: without this script the form's
// "Cari" button and the textarea of references work as before; with it, the search runs as you type, its results stay
// while you add several stories, and the list is ordered by dragging or with the up/down buttons. The textarea stays
// the form's value ("123 · Judul" per line), so the server reads exactly what it reads without the script.
"use strict";

(() => {
  const form = document.querySelector("form.article-form");
  const related = document.getElementById("Input_Related");
  const pick = document.getElementById("Input_EditorsPick");
  const search = document.getElementById("Input_SearchQuery");
  if (!form || !related || !pick || !search || !window.fetch || !window.TempoEditor) return;

  const lookupUrl = form.getAttribute("data-lookup-url");
  const selfId = form.getAttribute("data-article-id") || "";
  const searchButton = form.querySelector("button[formaction*='handler=Search']");
  const staticResults = form.querySelector("ul.search-results");

  const { el, getJson, searchAsYouType } = window.TempoEditor;

  const idOf = (reference) => {
    const match = /^\s*(\d{1,9})(\s|$|·|-)/.exec(reference);
    return match ? match[1] : null;
  };

  const titleOf = (reference) => {
    return reference.replace(/^\s*\d{1,9}\s*·?\s*/, "").trim() || reference.trim();
  };

  // --- live region for what happened ---
  const status = el("p", "visually-hidden");
  status.setAttribute("role", "status");
  status.id = "related-status";

  const announce = (text) => {
    status.textContent = text;
  };

  // --- the ordered list that replaces the textarea ---
  const items = related.value.split("\n").map((line) => line.trim()).filter(Boolean)
    .map((line) => ({ reference: line, title: titleOf(line), meta: "" }));

  const labelId = "related-label";
  const label = form.querySelector("label[for='Input_Related']");
  if (label) label.id = labelId;
  const list = el("ol", "related-editor");
  list.setAttribute("aria-labelledby", labelId);
  const empty = el("p", "hint related-empty", "Belum ada berita terkait. Cari judul di bawah, lalu tambahkan.");
  related.hidden = true;
  related.parentNode.insertBefore(list, related);
  related.parentNode.insertBefore(empty, related);
  related.parentNode.appendChild(status);

  const sync = () => {
    related.value = items.map((item) => item.reference).join("\n");
    related.dispatchEvent(new Event("input", { bubbles: true }));
  };

  const move = (from, to) => {
    if (to < 0 || to >= items.length || from === to) return;
    const moved = items.splice(from, 1)[0];
    items.splice(to, 0, moved);
    sync();
    render();
    announce(moved.title + " kini di urutan " + (to + 1) + ".");
    const buttons = list.children[to] && list.children[to].querySelectorAll("button");
    if (buttons && buttons.length) buttons[to < from ? 0 : 1].focus();
  };

  let dragFrom = null;

  const render = () => {
    list.textContent = "";
    empty.hidden = items.length > 0;
    items.forEach((item, index) => {
      const li = el("li", "related-item");
      li.draggable = true;
      li.setAttribute("data-id", idOf(item.reference) || "");
      const text = el("span", "related-title", item.title);
      li.appendChild(text);
      if (item.meta) li.appendChild(el("span", "related-meta", item.meta));
      const controls = el("span", "related-controls");
      const up = el("button", "link-button", "Naik");
      up.type = "button";
      up.setAttribute("aria-label", "Naikkan " + item.title);
      up.disabled = index === 0;
      up.addEventListener("click", () => { move(index, index - 1); });
      const down = el("button", "link-button", "Turun");
      down.type = "button";
      down.setAttribute("aria-label", "Turunkan " + item.title);
      down.disabled = index === items.length - 1;
      down.addEventListener("click", () => { move(index, index + 1); });
      const remove = el("button", "link-button", "Hapus");
      remove.type = "button";
      remove.setAttribute("aria-label", "Hapus " + item.title + " dari berita terkait");
      remove.addEventListener("click", () => {
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

      li.addEventListener("dragstart", (event) => {
        dragFrom = index;
        li.classList.add("dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", String(index));
      });
      li.addEventListener("dragend", () => { li.classList.remove("dragging"); });
      li.addEventListener("dragover", (event) => { event.preventDefault(); });
      li.addEventListener("drop", (event) => {
        event.preventDefault();
        if (dragFrom !== null) move(dragFrom, index);
        dragFrom = null;
      });
      list.appendChild(li);
    });
  };

  // --- search as you type ---
  const results = el("ul", "search-results live-results");
  results.setAttribute("aria-label", "Hasil pencarian judul");
  const resultNote = el("p", "hint search-note");
  resultNote.setAttribute("aria-live", "polite");
  const searchField = search.closest(".field") || search.parentNode;
  searchField.parentNode.insertBefore(resultNote, searchField.nextSibling);
  resultNote.parentNode.insertBefore(results, resultNote.nextSibling);
  if (staticResults) staticResults.remove();

  let lastHits = [];
  let pending = null;

  const added = (id) => {
    return items.some((item) => idOf(item.reference) === String(id));
  };

  const refreshResults = () => {
    results.textContent = "";
    lastHits.forEach((hit) => {
      const li = el("li", "search-hit");
      const heading = el("span", "search-hit-title", hit.title);
      const meta = el("span", "search-hit-meta", hit.kanal + " · " + hit.date + " · " + hit.status);
      const add = el("button", "link-button", added(hit.id) ? "Sudah di berita terkait" : "Tambah ke berita terkait");
      add.type = "button";
      add.disabled = added(hit.id);
      add.setAttribute("aria-label", (added(hit.id) ? "Sudah di berita terkait: " : "Tambah ke berita terkait: ") + hit.title);
      add.addEventListener("click", () => {
        if (added(hit.id)) return;
        items.push({ reference: hit.reference, title: hit.title, meta: hit.kanal + " · " + hit.date + " · " + hit.status });
        sync();
        render();
        refreshResults();
        announce(hit.title + " ditambahkan ke berita terkait (urutan " + items.length + ").");
      });
      const setPick = el("button", "link-button", "Jadikan Pilihan Editor");
      setPick.type = "button";
      setPick.setAttribute("aria-label", "Jadikan Pilihan Editor: " + hit.title);
      setPick.addEventListener("click", () => {
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
  };

  const runSearch = async () => {
    const query = search.value.trim();
    if (pending) pending.abort();
    if (!query) {
      lastHits = [];
      resultNote.textContent = "";
      refreshResults();
      return;
    }
    pending = new AbortController();
    const url = lookupUrl + "?q=" + encodeURIComponent(query) + (selfId ? "&exclude=" + encodeURIComponent(selfId) : "");
    let hits;
    try {
      hits = await getJson(url, { signal: pending.signal });
    } catch (error) {
      if (error.name !== "AbortError") resultNote.textContent = "Pencarian gagal. Coba lagi, atau simpan dulu bila sesi Anda berakhir.";
      return;
    }
    lastHits = hits;
    resultNote.textContent = hits.length === 0 ? "Tidak ada judul yang cocok." : hits.length + " artikel ditemukan.";
    refreshResults();
  };

  const searchNow = searchAsYouType(search, runSearch);
  if (searchButton) {
    searchButton.addEventListener("click", (event) => {
      event.preventDefault();
      searchNow();
    });
  }

  render();
})();
