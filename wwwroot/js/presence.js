// "Sedang disunting oleh …": tells the server every few seconds (PresenceBoard.HeartbeatEvery, in data-heartbeat-ms) that this form is open, and shows who else has the same
// article open (from the server's answer). Without this script the line is still filled when the page loads.
(function () {
  "use strict";

  var line = document.getElementById("presence");
  var form = document.querySelector("form.article-form");
  if (!line || !form || !window.fetch) return;
  var url = line.getAttribute("data-presence-url");
  var every = Number(line.getAttribute("data-heartbeat-ms"));
  var token = form.querySelector("input[name='__RequestVerificationToken']");
  if (!url || !token || !(every > 0)) return;

  function show(others) {
    if (!others || others.length === 0) {
      line.hidden = true;
      line.textContent = "";
      return;
    }
    line.textContent = "Sedang disunting oleh " + others.join(", ") +
      ". Simpan hati-hati: perubahan yang tersimpan lebih dulu akan menang, dan Anda akan diminta menggabungkan.";
    line.hidden = false;
  }

  function beat() {
    if (document.visibilityState === "hidden") return;
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { RequestVerificationToken: token.value, Accept: "application/json" },
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) { if (answer) show(answer.others); })
      .catch(function () { /* offline for a moment: the next beat tries again */ });
  }

  beat();
  setInterval(beat, every);
  document.addEventListener("visibilitychange", function () { if (document.visibilityState === "visible") beat(); });
})();
