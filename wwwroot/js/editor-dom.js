// What the editor's scripts share: making an element, a search panel (label, search box, a polite note, a result
// list) for the pickers, searching as one types, and asking the server for JSON. Loaded before them (defer keeps the
// order); each script returns early without it.
"use strict";

(() => {
  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // options: panelClass, searchId, labelText, listClass, listLabel
  const searchPanel = (options) => {
    const panel = el("div", options.panelClass);
    panel.hidden = true;
    const label = el("label", "", options.labelText);
    label.setAttribute("for", options.searchId);
    const search = el("input", "wide");
    search.id = options.searchId;
    search.type = "search";
    search.maxLength = 200;
    const note = el("p", "hint");
    note.setAttribute("aria-live", "polite");
    const list = el("ul", options.listClass);
    list.setAttribute("aria-label", options.listLabel);
    panel.append(label, search, note, list);
    return { panel, search, note, list };
  };

  // Runs the search after a pause in typing, and at once on Enter, which never submits the form (or runs another
  // button's action). Returns the "search now" function, for a button.
  const searchAsYouType = (search, run) => {
    let timer = null;
    const now = () => {
      clearTimeout(timer);
      run();
    };
    search.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(run, 250);
    });
    search.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      now();
    });
    return now;
  };

  // The server's JSON answer (the staff cookie goes along); an answer other than 2xx fails like a lost connection, so
  // each caller has one place to say what went wrong. options are fetch's (method, headers, signal).
  const getJson = async (url, options = {}) => {
    const response = await fetch(url, { credentials: "same-origin", ...options, headers: { Accept: "application/json", ...options.headers } });
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  };

  window.TempoEditor = { el, searchPanel, searchAsYouType, getJson };
})();
