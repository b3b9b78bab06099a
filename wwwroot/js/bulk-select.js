// "Pilih semua" for the article list's bulk actions: one box in the title column's header ticks every story on the
// page. Without script each story is ticked on its own; the rest of the bulk form needs no script.
"use strict";

(() => {
  const boxes = Array.from(document.querySelectorAll("input.bulk-pick"));
  const header = document.querySelector("table.data-table thead th");
  if (boxes.length === 0 || !header) return;
  const all = document.createElement("input");
  all.type = "checkbox";
  all.id = "bulk-all";
  const label = document.createElement("label");
  label.htmlFor = all.id;
  label.className = "bulk-all";
  label.append(all, " Pilih semua");
  header.prepend(label, " ");
  const sync = () => {
    const ticked = boxes.filter((box) => box.checked).length;
    all.checked = ticked === boxes.length;
    all.indeterminate = ticked > 0 && ticked < boxes.length;
  };
  all.addEventListener("change", () => {
    boxes.forEach((box) => { box.checked = all.checked; });
  });
  boxes.forEach((box) => box.addEventListener("change", sync));
})();
