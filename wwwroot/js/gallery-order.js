// Galleries' order by hand: under the text, each :::galeri block of the body is listed as its photos (their captions),
// which can be dragged into a new order, or moved one place with Naik / Turun (buttons: the keyboard's way, and a
// phone's). Every move writes the photo lines back into the Markdown in the new order, so what is saved, previewed and
// read is the text itself; without this script the order of the lines is the order, as before.
"use strict";

(() => {
  const body = document.getElementById("Input_Body");
  if (!body || !window.TempoEditor) return;
  const { el } = window.TempoEditor;

  const opening = /^\s*:::\s*galeri\b(.*)$/i;
  const closing = /^\s*:::\s*$/;
  const photoLine = /^\s*!\[([^\]]*)\]\(foto:/;

  // The galleries of the text: each its title and the line numbers of its photos, in order.
  const galleries = (lines) => {
    const found = [];
    let open = null;
    lines.forEach((line, index) => {
      if (!open && opening.test(line)) open = { title: line.match(opening)[1].trim() || "Galeri foto", photos: [] };
      else if (open && closing.test(line)) { found.push(open); open = null; }
      else if (open && photoLine.test(line)) open.photos.push(index);
    });
    return found;
  };

  const panel = el("section", "gallery-order");
  panel.setAttribute("aria-label", "Urutan foto galeri");
  panel.hidden = true;
  const status = el("p", "visually-hidden");
  status.setAttribute("aria-live", "polite");
  body.closest(".field").after(panel);

  // Moves photo `from` of gallery `g` to place `to`, rewriting only that gallery's photo lines.
  const move = (g, from, to, focusAfter) => {
    const lines = body.value.split("\n");
    const slots = galleries(lines)[g]?.photos;
    if (!slots || to < 0 || to >= slots.length || from === to) return;
    const photos = slots.map((line) => lines[line]);
    const [moved] = photos.splice(from, 1);
    photos.splice(to, 0, moved);
    slots.forEach((line, i) => { lines[line] = photos[i]; });
    body.value = lines.join("\n");
    // The live preview and the autosave listen for typing; a move is a change like any other.
    body.dispatchEvent(new Event("input", { bubbles: true }));
    draw();
    status.textContent = `Foto dipindah ke urutan ${to + 1}.`;
    // The same button keeps the focus while it can still move the photo; at the end of the list, the other one.
    const buttons = [...panel.querySelectorAll(`[data-gallery="${g}"] li:nth-child(${to + 1}) button`)];
    (buttons.find((b) => b.dataset.move === focusAfter && !b.disabled) ?? buttons.find((b) => !b.disabled))?.focus();
  };

  let dragged = null;

  function draw() {
    const lines = body.value.split("\n");
    const found = galleries(lines).filter((g) => g.photos.length > 1);
    panel.replaceChildren();
    panel.hidden = found.length === 0;
    found.forEach((gallery, g) => {
      panel.append(el("p", "gallery-order-title", `Urutan galeri: ${gallery.title}`));
      const list = el("ol", "gallery-order-list");
      list.dataset.gallery = String(g);
      gallery.photos.forEach((line, i) => {
        const caption = lines[line].match(photoLine)[1].trim() || `Foto ${i + 1}`;
        const item = el("li", "gallery-order-item");
        item.draggable = true;
        item.append(el("span", "gallery-order-caption", caption));
        for (const [direction, text, delta] of [["up", "Naik", -1], ["down", "Turun", 1]]) {
          const button = el("button", "button secondary", text);
          button.type = "button";
          button.dataset.move = direction;
          button.setAttribute("aria-label", `${text}: ${caption}`);
          button.disabled = i + delta < 0 || i + delta >= gallery.photos.length;
          button.addEventListener("click", () => move(g, i, i + delta, direction));
          item.append(button);
        }
        item.addEventListener("dragstart", (event) => {
          dragged = { g, i };
          event.dataTransfer.effectAllowed = "move";
          event.dataTransfer.setData("text/plain", caption);
          item.classList.add("is-dragged");
        });
        item.addEventListener("dragend", () => item.classList.remove("is-dragged"));
        item.addEventListener("dragover", (event) => {
          if (dragged?.g === g) event.preventDefault();
        });
        item.addEventListener("drop", (event) => {
          event.preventDefault();
          if (dragged?.g === g) move(g, dragged.i, i, "up");
          dragged = null;
        });
        list.append(item);
      });
      panel.append(list);
    });
    panel.append(status);
  }

  let timer = null;
  body.addEventListener("input", (event) => {
    if (!event.isTrusted) return; // our own move has drawn already
    clearTimeout(timer);
    timer = setTimeout(draw, 300);
  });
  draw();
})();
