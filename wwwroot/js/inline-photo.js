// A photo from the library in the text: the Markdown toolbar's Foto button (editor-form.js) asks with a cancelable
// "md-photo" event; this answers it with a search of the photo library (the JSON the lead photo's picker reads) and
// inserts the chosen photo's Markdown, ![Keterangan](foto:2026/….jpg "Kredit"). Without this script the toolbar inserts
// that form to fill in by hand.
"use strict";

(() => {
  const body = document.getElementById("Input_Body");
  const button = document.querySelector(".md-toolbar [data-md='photo']");
  const url = button?.getAttribute("data-media-url");
  if (!body || !url || !window.fetch || !window.TempoEditor) return;

  const { el, getJson, searchPanel, searchAsYouType } = window.TempoEditor;
  const { panel, search, note, list } = searchPanel({ panelClass: "inline-photo-panel", searchId: "inline-photo-search",
    labelText: "Cari foto di pustaka untuk disisipkan di teks", listClass: "media-grid", listLabel: "Foto untuk teks" });
  const close = el("button", "link-button", "Tutup");
  close.type = "button";
  panel.appendChild(close);
  body.parentNode.insertBefore(panel, body);

  let insert = null;
  const hide = () => {
    panel.hidden = true;
    insert = null;
    body.focus();
  };

  const photoItem = (photo) => {
    const li = el("li", "media-item");
    const img = el("img", "media-thumb");
    img.src = photo.url;
    img.alt = "";
    img.loading = "lazy";
    const choose = el("button", "button secondary", "Sisipkan di teks");
    choose.type = "button";
    choose.setAttribute("aria-label", "Sisipkan di teks: " + photo.caption);
    choose.addEventListener("click", () => {
      const put = insert;
      hide();
      if (put) put(photo.caption, photo.path, photo.credit);
    });
    li.append(img, el("p", "media-caption", photo.caption), choose);
    return li;
  };

  const run = async () => {
    let photos;
    try {
      photos = await getJson(url + "&q=" + encodeURIComponent(search.value.trim()));
    } catch {
      note.textContent = "Pustaka foto tidak dapat dimuat. Coba lagi.";
      return;
    }
    list.replaceChildren(...photos.map(photoItem));
    note.textContent = photos.length === 0 ? "Tidak ada foto yang cocok." : photos.length + " foto.";
  };

  body.addEventListener("md-photo", (event) => {
    event.preventDefault();
    insert = event.detail?.insert;
    panel.hidden = false;
    search.focus();
    run();
  });
  searchAsYouType(search, run);
  panel.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    hide();
  });
  close.addEventListener("click", hide);
})();
