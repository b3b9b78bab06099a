// The live preview beside the article form: a moment after each change the form is posted (as it is, token included,
// never the photo file) to the live-preview endpoint, which answers with the article drawn by the reader's own
// partials; it replaces the pane's contents, with no reload. Side by side on a laptop; on a phone a "Teks / Pratinjau"
// tab switches between them. Without this script the form's Pratinjau button still shows the body under the form.
"use strict";

(() => {
  const script = document.currentScript;
  const form = document.querySelector("form.article-form");
  if (!script || !form || !window.fetch || !window.FormData) return;
  const url = script.getAttribute("data-preview-url");
  const waitMs = 250;

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // The layout: tabs (phone only, by CSS), the form's panel and the preview's panel.
  const layout = el("div", "live-preview-layout");
  layout.setAttribute("data-view", "text");
  const tabs = el("div", "live-preview-tabs");
  tabs.setAttribute("role", "tablist");
  tabs.setAttribute("aria-label", "Teks atau pratinjau");
  const textPanel = el("div", "live-preview-text");
  textPanel.id = "live-preview-text";
  const pane = el("section", "live-preview-pane");
  pane.id = "live-preview";
  const heading = el("h2", "live-preview-heading", "Pratinjau langsung");
  heading.id = "live-preview-heading";
  pane.setAttribute("aria-labelledby", heading.id);
  const status = el("p", "hint live-preview-status");
  status.setAttribute("role", "status");
  const content = el("div", "live-preview-content");
  pane.append(heading, status, content);

  const tab = (label, panel, view) => {
    const button = el("button", "live-preview-tab", label);
    button.type = "button";
    button.id = panel.id + "-tab";
    button.setAttribute("role", "tab");
    button.setAttribute("aria-controls", panel.id);
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", button.id);
    button.addEventListener("click", () => show(view));
    return button;
  };
  const textTab = tab("Teks", textPanel, "text");
  const previewTab = tab("Pratinjau", pane, "preview");
  tabs.append(textTab, previewTab);
  const show = (view) => {
    layout.setAttribute("data-view", view);
    textTab.setAttribute("aria-selected", String(view === "text"));
    previewTab.setAttribute("aria-selected", String(view === "preview"));
    if (view === "preview") refreshNow();
  };

  // Moving the form takes the focus off it (the form's script focuses the first field in error): it is put back.
  const focused = document.activeElement;
  form.parentNode.insertBefore(layout, form);
  textPanel.appendChild(form);
  layout.append(tabs, textPanel, pane);
  if (focused && form.contains(focused)) focused.focus({ preventScroll: true });
  show("text");

  // Only the newest answer is shown: an older one arriving late would show text already changed.
  let asked = 0;
  let timer = 0;
  const refreshNow = async () => {
    clearTimeout(timer);
    const number = ++asked;
    const fields = new FormData(form);
    fields.delete("PhotoUpload");
    status.textContent = "Memperbarui pratinjau…";
    try {
      const response = await fetch(url, { method: "POST", body: fields, credentials: "same-origin" });
      if (number !== asked) return;
      if (!response.ok) throw new Error(String(response.status));
      content.innerHTML = await response.text();
      status.textContent = "";
      pane.setAttribute("data-updated", String(number));
    } catch {
      if (number === asked) status.textContent = "Pratinjau tidak dapat dimuat. Periksa sambungan; teks Anda aman di formulir.";
    }
  };
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(refreshNow, waitMs);
  };

  form.addEventListener("input", refreshSoon);
  form.addEventListener("change", refreshSoon);
  // A photo chosen from the library or uploaded sets the hidden path field by script, which fires no input event of its own.
  document.addEventListener("tempo:photo-chosen", refreshSoon);
  refreshNow();
})();
