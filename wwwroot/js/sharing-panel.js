// The search and social panel: live character counters (a warning past Google's limits, never a refusal) and the
// Google result and share cards following what is typed, with the reader page's fallbacks (headline, summary, lead
// photo). Without this script the server renders the same counters and previews with each post of the form.
"use strict";

(() => {
  const panel = document.querySelector(".sharing-panel");
  if (!panel) return;
  const field = (name) => document.getElementById("Input_" + name);
  const value = (name) => (field(name)?.value ?? "").trim();
  const siteName = panel.getAttribute("data-site-name");
  const shown = (key) => panel.querySelectorAll('[data-preview="' + key + '"]');
  const set = (key, text) => shown(key).forEach((node) => { node.textContent = text; });

  const counter = (input, length, what) => {
    const limit = Number(input.getAttribute("data-count-limit"));
    const note = document.getElementById(input.getAttribute("aria-describedby"));
    note.classList.toggle("over", length > limit);
    note.textContent = length > limit
      ? length + " karakter: lebih dari ±" + limit + ", " + what + " akan terpotong."
      : length + " dari ±" + limit + " karakter " + what + ".";
  };

  const imageUrl = () => {
    const chosen = field("SocialImagePath");
    const url = chosen?.selectedOptions[0]?.getAttribute("data-url");
    if (url) return url;
    const lead = value("PhotoPath");
    // A photo chosen in this form since the page loaded shows in its thumbnail; the attribute has the one it came with.
    const thumb = document.querySelector("img.photo-thumb");
    if (lead && field("RemovePhoto")?.checked !== true) return thumb?.getAttribute("src") || panel.getAttribute("data-lead-photo-url");
    return panel.getAttribute("data-default-image-url");
  };

  const update = () => {
    const headline = value("Title");
    const deck = value("Deck");
    const description = deck || headline;
    const pageTitle = (value("SearchTitle") || headline) + " - " + siteName;
    const searchDescription = value("SearchDescription") || description;
    set("page-title", pageTitle);
    set("search-description", searchDescription);
    set("social-title", value("SocialTitle") || headline);
    set("social-description", value("SocialDescription") || description);
    shown("image").forEach((img) => { img.src = imageUrl(); });
    counter(field("SearchTitle"), pageTitle.length, "judul di Google (dengan nama situs)");
    counter(field("SearchDescription"), searchDescription.length, "deskripsi di Google");
  };

  const form = panel.closest("form");
  form.addEventListener("input", update);
  form.addEventListener("change", update);
})();
