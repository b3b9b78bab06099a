// Halaman depan, without reloading: each place's story box searches titles as you type (the same JSON lookup as the
// article form's related stories) and a result fills it as "123 · Judul"; places are reordered by dragging or with
// Naik / Turun, which then move the typed values in the page instead of posting. Without this script the boxes take
// an id or an exact title and Naik / Turun post the form (nothing is saved until Simpan).
"use strict";

(() => {
  const form = document.querySelector("form.front-page-form");
  if (!form || !window.fetch || !window.TempoEditor) return;
  const { el, storyLookup } = window.TempoEditor;
  const lookupUrl = form.getAttribute("data-lookup-url") || "/editor/articles/lookup";
  const rows = Array.from(form.querySelectorAll("li.slot-row"));

  const status = el("p", "visually-hidden");
  status.setAttribute("role", "status");
  form.appendChild(status);

  const fieldsOf = (row) => [row.querySelector("input.slot-reference"), row.querySelector("input.slot-ends-at")];

  const swap = (from, to) => {
    if (to < 0 || to >= rows.length || from === to) return;
    const a = fieldsOf(rows[from]);
    const b = fieldsOf(rows[to]);
    a.forEach((field, i) => [field.value, b[i].value] = [b[i].value, field.value]);
    status.textContent = "Dipindah ke " + rows[to].querySelector("legend").textContent + ". Belum disimpan.";
  };

  rows.forEach((row, index) => {
    // --- Naik / Turun move the values here, without a round trip ---
    row.querySelectorAll("button[formaction*='handler=Move']").forEach((button) => {
      button.addEventListener("click", (event) => {
        event.preventDefault();
        const delta = /delta=-1/.test(button.getAttribute("formaction")) ? -1 : 1;
        swap(index, index + delta);
        fieldsOf(rows[index + delta] || row)[0].focus();
      });
    });

    // --- drag a place onto another to swap them ---
    row.draggable = true;
    row.addEventListener("dragstart", (event) => {
      if (event.target !== row) return;
      event.dataTransfer.setData("text/plain", String(index));
      row.classList.add("dragging");
    });
    row.addEventListener("dragend", () => row.classList.remove("dragging"));
    row.addEventListener("dragover", (event) => event.preventDefault());
    row.addEventListener("drop", (event) => {
      event.preventDefault();
      const from = parseInt(event.dataTransfer.getData("text/plain"), 10);
      if (!isNaN(from)) swap(from, index);
    });

    // --- search as you type ---
    storyLookup(fieldsOf(row)[0], lookupUrl, row.querySelector("legend").textContent, (text) => { status.textContent = text; });
  });
})();
