// Pilihan Editor without reloading: the story box searches titles as you type (the lookup of related stories and
// Halaman depan), and Naik / Turun / Hapus post in the background and swap in the list the server answers with (its
// order, its token, its errors), keeping focus on the story moved. Without this script each is a plain post.
"use strict";

(() => {
  const desk = document.querySelector(".picks-desk");
  if (!desk || !window.fetch || !window.DOMParser || !window.TempoEditor) return;
  const { storyLookup } = window.TempoEditor;
  const lookupUrl = desk.getAttribute("data-lookup-url");

  const bind = () => {
    const status = desk.querySelector(".picks-status");
    const say = (text) => { status.textContent = text; };
    const add = desk.querySelector("#AddReference");
    if (add) storyLookup(add, lookupUrl, "Pilihan Editor", say);

    desk.querySelectorAll("form.pick-change").forEach((form) => {
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const submitter = event.submitter;
        const pickId = form.querySelector("input[name='pickId']").value;
        const title = form.closest("li").querySelector(".pick-title").firstChild.textContent.trim();
        let fresh = null;
        let answeredAt = null;
        try {
          const response = await fetch(form.action, { method: "POST", body: new FormData(form, submitter), credentials: "same-origin" });
          answeredAt = response.url;
          if (response.ok) fresh = new DOMParser().parseFromString(await response.text(), "text/html").querySelector(".picks-desk");
        } catch {
          say("Perubahan gagal terkirim. Periksa koneksi lalu coba lagi.");
          return;
        }
        // Not the list (the session ended and the answer is the login page): go where the server sent us.
        if (!fresh) {
          if (answeredAt) window.location.assign(answeredAt);
          return;
        }
        desk.replaceChildren(...fresh.childNodes);
        bind();
        const moved = submitter && submitter.name === "delta";
        const row = desk.querySelector(`form.pick-change input[name='pickId'][value='${pickId}']`);
        const buttons = row ? Array.from(row.form.querySelectorAll("button")).filter((b) => !b.disabled) : [];
        const same = buttons.find((b) => submitter && b.value === submitter.value) || buttons[0];
        if (same) same.focus();
        else desk.querySelector("#AddReference")?.focus();
        const errors = desk.querySelector(".form-errors");
        desk.querySelector(".picks-status").textContent = errors ? errors.textContent.trim()
          : moved ? title + " dipindah ke urutan " + (Array.from(desk.querySelectorAll(".pick-list > li")).findIndex((li) => li.contains(row)) + 1) + "."
            : title + " dihapus dari Pilihan Editor.";
      });
    });
  };

  bind();
})();
