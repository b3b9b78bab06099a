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

  const { searchAsYouType, insertPanel, listPhotos } = window.TempoEditor;
  const picker = insertPanel(body, { panelClass: "inline-photo-panel", searchId: "inline-photo-search",
    labelText: "Cari di pustaka foto untuk disisipkan di teks", listClass: "media-grid", listLabel: "Foto untuk teks" });
  const run = () => listPhotos(url, picker, "Sisipkan di teks", (photo) => picker.choose(photo.caption, photo.path, photo.credit));

  body.addEventListener("md-photo", (event) => {
    event.preventDefault();
    picker.open(event.detail?.insert);
    run();
  });
  searchAsYouType(picker.search, run);
})();
