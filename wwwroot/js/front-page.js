// Halaman depan, without reloading: each place's story box searches titles as you type (the same JSON lookup as the
// article form's related stories) and a result fills it as "123 · Judul"; places are reordered by dragging or with
// Naik / Turun, which then move the typed values in the page instead of posting. Without this script the boxes take
// an id or an exact title and Naik / Turun post the form (nothing is saved until Simpan).
(function () {
  "use strict";

  var form = document.querySelector("form.front-page-form");
  if (!form || !window.fetch || !window.TempoEditor) return;
  var el = window.TempoEditor.el;
  var lookupUrl = form.getAttribute("data-lookup-url") || "/editor/articles/lookup";
  var rows = Array.prototype.slice.call(form.querySelectorAll("li.slot-row"));

  var status = el("p", "visually-hidden");
  status.setAttribute("role", "status");
  form.appendChild(status);

  function fieldsOf(row) {
    return [row.querySelector("input.slot-reference"), row.querySelector("input.slot-ends-at")];
  }

  function swap(from, to) {
    if (to < 0 || to >= rows.length || from === to) return;
    var a = fieldsOf(rows[from]);
    var b = fieldsOf(rows[to]);
    for (var i = 0; i < a.length; i++) {
      var value = a[i].value;
      a[i].value = b[i].value;
      b[i].value = value;
    }
    status.textContent = "Dipindah ke " + rows[to].querySelector("legend").textContent + ". Belum disimpan.";
  }

  rows.forEach(function (row, index) {
    // --- Naik / Turun move the values here, without a round trip ---
    row.querySelectorAll("button[formaction*='handler=Move']").forEach(function (button) {
      button.addEventListener("click", function (event) {
        event.preventDefault();
        var delta = /delta=-1/.test(button.getAttribute("formaction")) ? -1 : 1;
        swap(index, index + delta);
        fieldsOf(rows[index + delta] || row)[0].focus();
      });
    });

    // --- drag a place onto another to swap them ---
    row.draggable = true;
    row.addEventListener("dragstart", function (event) {
      if (event.target !== row) return;
      event.dataTransfer.setData("text/plain", String(index));
      row.classList.add("dragging");
    });
    row.addEventListener("dragend", function () { row.classList.remove("dragging"); });
    row.addEventListener("dragover", function (event) { event.preventDefault(); });
    row.addEventListener("drop", function (event) {
      event.preventDefault();
      var from = parseInt(event.dataTransfer.getData("text/plain"), 10);
      if (!isNaN(from)) swap(from, index);
    });

    // --- search as you type ---
    var input = fieldsOf(row)[0];
    var list = el("ul", "search-results slot-results");
    list.setAttribute("aria-label", "Hasil pencarian untuk " + row.querySelector("legend").textContent);
    input.parentNode.insertBefore(list, input.nextSibling);
    var asked = 0;

    function run() {
      var query = input.value.trim();
      list.textContent = "";
      // A chosen story ("123 · Judul") or nothing typed: nothing to look up.
      if (query.length < 2 || /^\d+\s*·/.test(query)) return;
      var ticket = ++asked;
      fetch(lookupUrl + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (hits) {
          if (ticket !== asked) return;
          list.textContent = "";
          hits.forEach(function (hit) {
            var item = el("li");
            var choose = el("button", "link-button", hit.title);
            choose.type = "button";
            choose.addEventListener("click", function () {
              input.value = hit.reference;
              list.textContent = "";
              status.textContent = hit.title + " dipasang di " + row.querySelector("legend").textContent + ". Belum disimpan.";
              input.focus();
            });
            item.appendChild(choose);
            item.appendChild(el("span", "hint", " " + [hit.kanal, hit.date, hit.status].filter(Boolean).join(" · ")));
            list.appendChild(item);
          });
          status.textContent = hits.length === 0 ? "Tidak ada judul yang cocok." : hits.length + " judul ditemukan.";
        })
        .catch(function () { /* the box still takes an id or an exact title */ });
    }

    window.TempoEditor.searchAsYouType(input, run);
  });
})();
