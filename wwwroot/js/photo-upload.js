// A lead photo processed once, when it is chosen: the file goes to the server at once (with a progress bar, the
// form's buttons disabled meanwhile), comes back as a stored photo's path, and the form carries only that path: the
// preview and the save never send or process the file again. Without this script the file goes with the form's post.
"use strict";

(() => {
  const script = document.currentScript;
  const input = document.getElementById("PhotoUpload");
  const form = input?.form;
  const path = document.getElementById("Input_PhotoPath");
  if (!script || !form || !path || !window.FormData) return;
  const url = script.getAttribute("data-upload-url");
  const remove = document.getElementById("Input_RemovePhoto");
  const error = input.parentNode.querySelector(".field-error");

  const progress = document.createElement("progress");
  progress.className = "photo-progress";
  progress.max = 100;
  progress.hidden = true;
  progress.setAttribute("aria-label", "Kemajuan unggahan foto");
  const status = document.createElement("p");
  status.className = "hint photo-status";
  status.setAttribute("role", "status");
  input.parentNode.append(progress, status);

  // Every button of the form (the action bar is in it): a save now would go without the photo.
  const buttons = () => form.querySelectorAll("button, input[type=submit]");
  const busy = (on) => {
    form.setAttribute("aria-busy", String(on));
    input.disabled = on;
    buttons().forEach((button) => {
      if (on && !button.disabled) { button.disabled = true; button.setAttribute("data-upload-disabled", ""); }
      if (!on && button.hasAttribute("data-upload-disabled")) { button.disabled = false; button.removeAttribute("data-upload-disabled"); }
    });
  };

  const showThumb = (src) => {
    let thumb = input.closest("fieldset")?.querySelector(":scope > img.photo-thumb");
    if (!thumb) {
      thumb = document.createElement("img");
      thumb.className = "photo-thumb";
      input.closest("fieldset").insertBefore(thumb, input.closest("fieldset").querySelector(".media-picker"));
    }
    thumb.src = src;
    thumb.alt = "Foto yang baru diunggah";
  };

  const done = (photo) => {
    path.value = photo.path;
    if (remove) remove.checked = false;
    showThumb(photo.url);
    // The file is now in the form as its path: clearing the field keeps the save from sending it again.
    input.value = "";
    status.textContent = "Foto siap dipakai.";
    path.dispatchEvent(new Event("input", { bubbles: true }));
    document.dispatchEvent(new CustomEvent("tempo:photo-chosen", { detail: photo }));
  };

  const fail = (message) => {
    input.value = "";
    status.textContent = "";
    if (error) error.textContent = message;
  };

  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    if (error) error.textContent = "";
    const fields = new FormData();
    fields.append("PhotoUpload", file);
    fields.append("__RequestVerificationToken", form.querySelector("input[name=__RequestVerificationToken]").value);
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100);
    });
    request.upload.addEventListener("load", () => {
      // Sent; the server now checks the photo and makes its sizes: no measure of that, so the bar runs on.
      progress.removeAttribute("value");
      status.textContent = "Memproses foto…";
    });
    request.addEventListener("loadend", () => {
      busy(false);
      progress.hidden = true;
      if (request.status === 200 && request.response?.path) done(request.response);
      else fail(request.response?.message || (request.status === 413 ? "Foto terlalu besar." : "Foto tidak dapat diunggah. Coba lagi."));
    });
    busy(true);
    progress.value = 0;
    progress.hidden = false;
    status.textContent = "Mengunggah foto…";
    request.send(fields);
  });
})();
