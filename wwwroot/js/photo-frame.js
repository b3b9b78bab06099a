// "Atur fokus dan potongan": a click on the photo sets the focal point's two fields (percent of the photo), and the
// marker and the crop's outline follow the fields as they change. Without script the fields alone do the same.
(() => {
  const photo = document.getElementById("frame-photo");
  if (!photo) return;
  const field = name => document.getElementById("Input_" + name);
  const marker = document.querySelector(".frame-marker");
  const crop = document.querySelector(".frame-crop");
  const percent = value => Math.min(100, Math.max(0, Math.round(value)));

  // Positions through the CSSOM (allowed by the strict CSP, unlike a style attribute).
  function draw() {
    marker.style.left = percent(field("FocusX").valueAsNumber || 0) + "%";
    marker.style.top = percent(field("FocusY").valueAsNumber || 0) + "%";
    crop.style.left = percent(field("CropLeft").valueAsNumber || 0) + "%";
    crop.style.top = percent(field("CropTop").valueAsNumber || 0) + "%";
    crop.style.right = percent(field("CropRight").valueAsNumber || 0) + "%";
    crop.style.bottom = percent(field("CropBottom").valueAsNumber || 0) + "%";
  }

  photo.addEventListener("click", event => {
    const box = photo.getBoundingClientRect();
    field("FocusX").value = percent((event.clientX - box.left) / box.width * 100);
    field("FocusY").value = percent((event.clientY - box.top) / box.height * 100);
    draw();
  });
  for (const name of ["FocusX", "FocusY", "CropLeft", "CropTop", "CropRight", "CropBottom"])
    field(name).addEventListener("input", draw);

  photo.classList.add("is-clickable");
  marker.hidden = false;
  crop.hidden = false;
  document.querySelector(".frame-script-hint").hidden = false;
  draw();
})();
