// What the article form's scripts share: making an element, a search panel (label, search box, a polite note,
// a result list) for the pickers, and searching as one types. Loaded before them (defer keeps the order); each script returns early without it.
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // options: panelClass, searchId, labelText, listClass, listLabel
  function searchPanel(options) {
    var panel = el("div", options.panelClass);
    panel.hidden = true;
    var label = el("label", "", options.labelText);
    label.setAttribute("for", options.searchId);
    var search = el("input", "wide");
    search.id = options.searchId;
    search.type = "search";
    search.maxLength = 200;
    var note = el("p", "hint");
    note.setAttribute("aria-live", "polite");
    var list = el("ul", options.listClass);
    list.setAttribute("aria-label", options.listLabel);
    [label, search, note, list].forEach(function (node) { panel.appendChild(node); });
    return { panel: panel, search: search, note: note, list: list };
  }

  // Runs the search after a pause in typing, and at once on Enter, which never submits the form (or runs another
  // button's action). Returns the "search now" function, for a button.
  function searchAsYouType(search, run) {
    var timer = null;
    function now() {
      clearTimeout(timer);
      run();
    }
    search.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 250);
    });
    search.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault();
      now();
    });
    return now;
  }

  window.TempoEditor = { el: el, searchPanel: searchPanel, searchAsYouType: searchAsYouType };
})();
