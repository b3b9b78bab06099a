// Embeds, privacy first (Rendering/EmbedFacades.cs): until the reader clicks a facade, nothing is fetched from the
// provider; the click swaps the facade's link for the provider's frame. Without this script the facade is a plain
// link to the post or video.
"use strict";

document.addEventListener("click", (event) => {
  const facade = event.target.closest?.("a.embed-facade[data-embed-src]");
  if (!facade) return;
  const src = facade.getAttribute("data-embed-src");
  // The address was built from a checked id on the server; the frame-src of the CSP holds the rest.
  if (!src.startsWith("https://")) return;
  event.preventDefault();
  const frame = document.createElement("iframe");
  frame.className = "embed-frame";
  frame.src = src;
  frame.title = facade.getAttribute("data-embed-title");
  frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen; clipboard-write; web-share";
  frame.allowFullscreen = true;
  // YouTube refuses to play in a frame that sends no referrer; the origin alone is enough.
  frame.referrerPolicy = "strict-origin-when-cross-origin";
  facade.replaceWith(frame);
  frame.focus();
});
