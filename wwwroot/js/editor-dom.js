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

  // A story box (an id or a title) that searches the newsroom's titles as one types, with the hits as buttons below
  // it: choosing one fills the box with its reference ("123 · Judul") and tells say(). Used by Halaman depan's places
  // and Pilihan Editor; without it the box still takes an id or an exact title.
  const storyLookup = (input, lookupUrl, where, say) => {
    const list = el("ul", "search-results story-lookup-results");
    list.setAttribute("aria-label", "Hasil pencarian untuk " + where);
    input.parentNode.insertBefore(list, input.nextSibling);
    let asked = 0;
    const run = async () => {
      const query = input.value.trim();
      list.textContent = "";
      // A chosen story ("123 · Judul") or nothing typed: nothing to look up.
      if (query.length < 2 || /^\d+\s*·/.test(query)) return;
      const ticket = ++asked;
      let hits;
      try {
        hits = await getJson(lookupUrl + "?q=" + encodeURIComponent(query));
      } catch {
        return; // the box still takes an id or an exact title
      }
      if (ticket !== asked) return;
      list.textContent = "";
      hits.forEach((hit) => {
        const item = el("li");
        const choose = el("button", "link-button", hit.title);
        choose.type = "button";
        choose.addEventListener("click", () => {
          input.value = hit.reference;
          list.textContent = "";
          say(hit.title + " dipasang di " + where + ". Belum disimpan.");
          input.focus();
        });
        item.append(choose, el("span", "hint", " " + [hit.kanal, hit.date, hit.status].filter(Boolean).join(" · ")));
        list.appendChild(item);
      });
      say(hits.length === 0 ? "Tidak ada judul yang cocok." : hits.length + " judul ditemukan.");
    };
    searchAsYouType(input, run);
  };

  // A picker that inserts into the text (Baca juga, a photo): the search panel above the body with a Tutup button.
  // open(insert) shows it for one insertion; choose(...) closes it (as Tutup and Escape do, back to the text) and
  // hands the pick to that insertion.
  const insertPanel = (body, options) => {
    const parts = searchPanel(options);
    const close = el("button", "link-button", "Tutup");
    close.type = "button";
    parts.panel.appendChild(close);
    body.parentNode.insertBefore(parts.panel, body);
    let insert = null;
    const hide = () => {
      parts.panel.hidden = true;
      insert = null;
      body.focus();
    };
    close.addEventListener("click", hide);
    parts.search.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      hide();
    });
    const open = (handler) => {
      insert = handler;
      parts.panel.hidden = false;
      parts.search.focus();
    };
    const choose = (...pick) => {
      const put = insert;
      hide();
      if (put) put(...pick);
    };
    return { ...parts, open, choose };
  };

  // The photo library's search (its JSON at url) into a panel's list: each photo with a button saying label.
  const listPhotos = async (url, { search, note, list }, label, choose) => {
    let photos;
    try {
      photos = await getJson(url + "&q=" + encodeURIComponent(search.value.trim()));
    } catch {
      note.textContent = "Pustaka foto tidak dapat dimuat. Coba lagi.";
      return;
    }
    list.replaceChildren(...photos.map((photo) => {
      const li = el("li", "media-item");
      const img = el("img", "media-thumb");
      img.src = photo.url;
      img.alt = "";
      img.loading = "lazy";
      li.append(img, el("p", "media-caption", photo.caption));
      if (photo.credit) li.appendChild(el("p", "media-meta", "Kredit: " + photo.credit));
      const button = el("button", "button secondary", label);
      button.type = "button";
      button.setAttribute("aria-label", label + ": " + photo.caption);
      button.addEventListener("click", () => choose(photo));
      li.appendChild(button);
      return li;
    }));
    note.textContent = photos.length === 0 ? "Tidak ada foto yang cocok." : photos.length + " foto.";
  };

  window.TempoEditor = { el, searchPanel, searchAsYouType, getJson, storyLookup, insertPanel, listPhotos };
})();
