// The photo library inside the article form: search stored photos by caption, credit or alt text and use one as the
// lead photo without uploading it again. Without this script the link opens the library page instead.
"use strict";

(() => {
  const picker = document.querySelector(".media-picker");
  const path = document.getElementById("Input_PhotoPath");
  if (!picker || !path || !window.fetch || !window.TempoEditor) return;
  const caption = document.getElementById("Input_PhotoCaption");
  const credit = document.getElementById("Input_PhotoCredit");
  const alt = document.getElementById("Input_PhotoAlt");
  const remove = document.getElementById("Input_RemovePhoto");
  const link = picker.querySelector(".media-picker-link");
  const url = picker.getAttribute("data-media-url");

  const { el, searchPanel, searchAsYouType, listPhotos } = window.TempoEditor;
  const { panel, search, note, list } = searchPanel({ panelClass: "media-picker-panel", searchId: "media-search",
    labelText: "Cari foto di pustaka", listClass: "media-grid", listLabel: "Foto di pustaka" });
  picker.appendChild(panel);

  const chosen = el("p", "visually-hidden");
  chosen.setAttribute("role", "status");
  picker.appendChild(chosen);

  const use = (photo) => {
    path.value = photo.path;
    if (caption) caption.value = photo.caption;
    if (credit) credit.value = photo.credit;
    if (alt) alt.value = photo.altText;
    if (remove) remove.checked = false;
    // The form's own thumbnail (a sibling of the picker), never one of the library's.
    let thumb = picker.parentNode.querySelector(":scope > img.photo-thumb");
    if (!thumb) {
      thumb = el("img", "photo-thumb");
      picker.parentNode.insertBefore(thumb, picker);
    }
    thumb.src = photo.url;
    thumb.alt = "Foto yang dipilih dari pustaka";
    [path, caption, credit, alt].forEach((field) => field?.dispatchEvent(new Event("input", { bubbles: true })));
    chosen.textContent = "Foto dipilih: " + photo.caption;
    panel.hidden = true;
    link.setAttribute("aria-expanded", "false");
  };

  const run = () => listPhotos(url, { search, note, list }, "Pakai foto ini", use);

  link.setAttribute("aria-expanded", "false");
  link.addEventListener("click", (event) => {
    event.preventDefault();
    panel.hidden = !panel.hidden;
    link.setAttribute("aria-expanded", String(!panel.hidden));
    if (!panel.hidden) {
      search.focus();
      run();
    }
  });
  searchAsYouType(search, run);
})();
