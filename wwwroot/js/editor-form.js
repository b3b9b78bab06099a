// The editor area's forms, made kinder: autosave, a warning before leaving unsaved work, Enter that does what the
// field means, errors that take you to the field, a Markdown toolbar, text areas that grow. Every form works without it.
"use strict";

(() => {
  const ready = (fn) => document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", fn) : fn();

  // Validation: the summary lists every message; focus goes to the first invalid field (the summary when none is marked).
  function showErrors() {
    const summary = document.querySelector(".form-errors");
    if (!summary) return;
    const first = document.querySelector("[aria-invalid='true']");
    (first || summary).focus({ preventScroll: true });
    (first || summary).scrollIntoView({ block: "center" });
    summary.addEventListener("click", (event) => {
      const link = event.target.closest("a[href^='#']");
      const field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!field) return;
      event.preventDefault();
      field.scrollIntoView({ block: "center" });
      field.focus();
    });
  }

  // Enter in a field that names its own button (a search box) runs that button, never the form's save.
  function enterRunsOwnAction() {
    document.addEventListener("keydown", (event) => {
      const field = event.target.closest && event.target.closest("[data-enter-clicks]");
      if (!field || event.key !== "Enter" || event.isComposing) return;
      event.preventDefault();
      document.querySelector(field.dataset.enterClicks)?.click();
    });
  }

  // Text areas grow with their text (CSS does it where the browser knows field-sizing).
  function growTextAreas() {
    if (CSS.supports("field-sizing", "content")) return;
    const fit = (area) => { area.style.height = "auto"; area.style.height = area.scrollHeight + 2 + "px"; };
    document.querySelectorAll("textarea.grow").forEach((area) => {
      fit(area);
      area.addEventListener("input", () => fit(area));
    });
  }

  // Markdown toolbar and its shortcuts (Ctrl+B, Ctrl+I, Ctrl+K) on the body.
  function markdownToolbar() {
    const bar = document.querySelector(".md-toolbar");
    const body = bar && document.getElementById(bar.getAttribute("aria-controls"));
    if (!body) return;
    bar.hidden = false;

    // Replaces the selection with before + text + after, then selects `select` (a part of the new text) or the text.
    const put = (before, text, after, select) => {
      const start = body.selectionStart;
      body.focus();
      body.setRangeText(before + text + after, start, body.selectionEnd, "end");
      const from = start + before.length + (select ? (before + text + after).indexOf(select) - before.length : 0);
      body.setSelectionRange(from, from + (select ?? text).length);
      body.dispatchEvent(new Event("input", { bubbles: true }));
    };
    const selected = (fallback) => body.value.slice(body.selectionStart, body.selectionEnd) || fallback;
    const lineStart = () => body.value.lastIndexOf("\n", body.selectionStart - 1) + 1;
    const prefixLine = (prefix) => {
      body.setSelectionRange(lineStart(), body.selectionEnd);
      const lines = selected("").split("\n").map((line) => prefix + line.replace(/^(#{1,6} |> )/, ""));
      put("", lines.join("\n"), "");
    };
    // A block of its own: blank lines around it, so it never joins the paragraph the caret is in.
    const block = (before, text, after) => put("\n\n" + before, text, after + "\n\n");
    // Text typed by someone else becomes link or image text: its Markdown punctuation is escaped, so a title like
    // "](https://…) [" cannot close this link and open another in a colleague's body.
    const linkText = (title) => title.replace(/[\\[\]*_`~^<>]/g, "\\$&");
    const actions = {
      embed: () => block("", selected("https://www.youtube.com/watch?v=…"), ""),
      pullquote: () => block(":::kutipan\n", selected("Isi kutipan"), "\n\n— Nama narasumber, jabatan\n:::"),
      keypoints: () => block(":::poin\n- ", selected("Poin pertama"), "\n- Poin kedua\n:::"),
      interview: () => block(":::wawancara\nT: ", selected("Pertanyaan"), "\n\nJ: Jawaban\n:::"),
      facts: () => block(":::fakta Judul kotak\n- ", selected("Fakta pertama"), "\n:::"),
      gallery: () => block(":::galeri ", selected("Judul galeri"), '\n\n![Keterangan foto pertama](foto:2026/nama-foto.jpg "Kredit")\n\n:::'),
      // A photo from the library (inline-photo.js answers "md-photo" with a picker); without it, the form to fill in.
      photo: () => {
        const credited = (credit) => (credit ? ` "${credit.replace(/["\\]/g, "\\$&")}"` : "");
        const insert = (caption, path, credit) => block("![", linkText(caption.replace(/\s+/g, " ")), `](foto:${path}${credited(credit)})`);
        const asked = new CustomEvent("md-photo", { cancelable: true, detail: { insert } });
        if (body.dispatchEvent(asked)) block("![", selected("Keterangan foto"), '](foto:2026/nama-foto.jpg "Kredit")');
      },
      bold: () => put("**", selected("teks tebal"), "**"),
      italic: () => put("*", selected("teks miring"), "*"),
      link: () => put("[", selected("teks tautan"), "](https://)", "https://"),
      heading: () => prefixLine("### "),
      quote: () => prefixLine("> "),
      readalso: () => {
        // A story picker may answer this event and insert the chosen story itself. The title becomes link text
        // (linkText); the address is our own path, its brackets encoded all the same.
        const linkUrl = (url) => url.replace(/[()<>\s]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
        const insert = (title, url) => put("\n\n**Baca juga:** [", linkText(title), `](${linkUrl(url)})\n\n`);
        const asked = new CustomEvent("md-read-also", { cancelable: true, detail: { insert } });
        if (body.dispatchEvent(asked)) put("\n\n**Baca juga:** [", "Judul berita", "](https://)\n\n");
      },
    };
    bar.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-md]");
      if (button) actions[button.dataset.md]();
    });
    const keys = { b: "bold", i: "italic", k: "link" };
    body.addEventListener("keydown", (event) => {
      const action = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && keys[event.key.toLowerCase()];
      if (!action) return;
      event.preventDefault();
      actions[action]();
    });
  }

  // Autosave to the server while typing, and a warning before leaving with changes not saved by a button.
  function autosave() {
    const form = document.querySelector("form[data-autosave]");
    if (!form) return;
    const status = form.querySelector("[data-autosave-status]");
    const say = (text) => { if (status) status.textContent = text; };
    let changed = false;   // since the page loaded: what leaving would lose
    let pending = null;    // the next autosave
    let sending = false;

    const send = async () => {
      pending = null;
      if (sending) { schedule(); return; }
      sending = true;
      const data = new FormData(form);
      data.delete("PhotoUpload");
      try {
        const response = await fetch(form.dataset.autosave, {
          method: "POST", body: data, credentials: "same-origin", redirect: "manual",
          headers: { "X-Requested-With": "XMLHttpRequest", Accept: "application/json" },
        });
        if (response.ok) say(`Tersimpan otomatis ${(await response.json()).savedAt} WIB`);
        else if (response.status === 401 || response.type === "opaqueredirect")
          say("Sesi berakhir. Teks Anda sudah aman di server; tekan Simpan untuk masuk lagi dan melanjutkan.");
        else if (response.status === 413) say((await response.json()).message);
        else say("Gagal menyimpan otomatis. Simpan dengan tombol.");
      } catch {
        say("Tidak tersambung; belum tersimpan otomatis. Teks masih di halaman ini.");
      } finally {
        sending = false;
      }
    };
    const schedule = () => { clearTimeout(pending); pending = setTimeout(send, 1500); };

    const onEdit = (event) => {
      const field = event.target;
      if (!field.name || field.type === "file" || field.type === "search") return;
      changed = true;
      schedule();
    };
    form.addEventListener("input", onEdit);
    form.addEventListener("change", onEdit);
    form.addEventListener("submit", () => { changed = false; clearTimeout(pending); });
    window.addEventListener("beforeunload", (event) => {
      if (!changed) return;
      event.preventDefault();
      event.returnValue = "";
    });
  }

  ready(() => {
    showErrors();
    enterRunsOwnAction();
    growTextAreas();
    markdownToolbar();
    autosave();
  });
})();
