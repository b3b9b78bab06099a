// "Sedang disunting oleh …": tells the server every few seconds (PresenceBoard.HeartbeatEvery, in data-heartbeat-ms) that this form is open, and shows who else has the same
// article open (from the server's answer). Without this script the line is still filled when the page loads.
"use strict";

(() => {
  const line = document.getElementById("presence");
  const form = document.querySelector("form.article-form");
  if (!line || !form || !window.fetch || !window.TempoEditor) return;
  const url = line.getAttribute("data-presence-url");
  const every = Number(line.getAttribute("data-heartbeat-ms"));
  const token = form.querySelector("input[name='__RequestVerificationToken']");
  if (!url || !token || !(every > 0)) return;

  const show = (others) => {
    if (!others || others.length === 0) {
      line.hidden = true;
      line.textContent = "";
      return;
    }
    line.textContent = "Sedang disunting oleh " + others.join(", ") +
      ". Simpan hati-hati: perubahan yang tersimpan lebih dulu akan menang, dan Anda akan diminta menggabungkan.";
    line.hidden = false;
  };

  const beat = async () => {
    if (document.visibilityState === "hidden") return;
    try {
      show((await window.TempoEditor.getJson(url, { method: "POST", headers: { RequestVerificationToken: token.value } })).others);
    } catch {
      // offline for a moment: the next beat tries again
    }
  };

  beat();
  setInterval(beat, every);
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") beat(); });
})();
