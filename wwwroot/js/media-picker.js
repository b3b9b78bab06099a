// The photo library inside the article form: search stored photos by caption, credit or alt text and use one as the
// lead photo without uploading it again. Without this script the link opens the library page instead.
(function () {
  "use strict";

  var picker = document.querySelector(".media-picker");
  var path = document.getElementById("Input_PhotoPath");
  if (!picker || !path || !window.fetch || !window.TempoEditor) return;
  var caption = document.getElementById("Input_PhotoCaption");
  var credit = document.getElementById("Input_PhotoCredit");
  var alt = document.getElementById("Input_PhotoAlt");
  var remove = document.getElementById("Input_RemovePhoto");
  var link = picker.querySelector(".media-picker-link");
  var url = picker.getAttribute("data-media-url");

  var el = window.TempoEditor.el;
  var parts = window.TempoEditor.searchPanel({ panelClass: "media-picker-panel", searchId: "media-search",
    labelText: "Cari foto di pustaka", listClass: "media-grid", listLabel: "Foto di pustaka" });
  var panel = parts.panel, search = parts.search, note = parts.note, list = parts.list;
  picker.appendChild(panel);

  var chosen = el("p", "visually-hidden");
  chosen.setAttribute("role", "status");
  picker.appendChild(chosen);

  function use(photo) {
    path.value = photo.path;
    if (caption) caption.value = photo.caption;
    if (credit) credit.value = photo.credit;
    if (alt) alt.value = photo.altText;
    if (remove) remove.checked = false;
    // The form's own thumbnail (a sibling of the picker), never one of the library's.
    var thumb = picker.parentNode.querySelector(":scope > img.photo-thumb");
    if (!thumb) {
      thumb = el("img", "photo-thumb");
      picker.parentNode.insertBefore(thumb, picker);
    }
    thumb.src = photo.url;
    thumb.alt = "Foto yang dipilih dari pustaka";
    [path, caption, credit, alt].forEach(function (field) { if (field) field.dispatchEvent(new Event("input", { bubbles: true })); });
    chosen.textContent = "Foto dipilih: " + photo.caption;
    panel.hidden = true;
    link.setAttribute("aria-expanded", "false");
  }

  function run() {
    fetch(url + "&q=" + encodeURIComponent(search.value.trim()), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (photos) {
        list.textContent = "";
        note.textContent = photos.length === 0 ? "Tidak ada foto yang cocok." : photos.length + " foto.";
        photos.forEach(function (photo) {
          var li = el("li", "media-item");
          var img = el("img", "media-thumb");
          img.src = photo.url;
          img.alt = "";
          img.loading = "lazy";
          li.appendChild(img);
          li.appendChild(el("p", "media-caption", photo.caption));
          if (photo.credit) li.appendChild(el("p", "media-meta", "Kredit: " + photo.credit));
          var button = el("button", "button secondary", "Pakai foto ini");
          button.type = "button";
          button.setAttribute("aria-label", "Pakai foto ini: " + photo.caption);
          button.addEventListener("click", function () { use(photo); });
          li.appendChild(button);
          list.appendChild(li);
        });
      })
      .catch(function () { note.textContent = "Pustaka foto tidak dapat dimuat. Coba lagi."; });
  }

  link.setAttribute("aria-expanded", "false");
  link.addEventListener("click", function (event) {
    event.preventDefault();
    panel.hidden = !panel.hidden;
    link.setAttribute("aria-expanded", String(!panel.hidden));
    if (!panel.hidden) {
      search.focus();
      run();
    }
  });
  window.TempoEditor.searchAsYouType(search, run);
})();
