// Writes a phone camera's JPEG for tests/bench/lighthouse.sh, without a binary in the repo: a 4000×3000 picture with
// detail at several scales and sensor grain (so it weighs what a real photo does, over 2 MB), stored landscape with the EXIF
// Orientation flag a phone sets when held upright (6: turn 90° clockwise to show it).
//   node camera-photo.mjs out.jpg [width=4000] [height=3000] [orientation=6]
// jpeg-js is installed beside Lighthouse (tests/tools/lighthouse).
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(new URL("../tools/lighthouse/", import.meta.url));
const jpeg = require("jpeg-js");
const [out, width = 4000, height = 3000, orientation = 6] = process.argv.slice(2).map((a, i) => (i ? Number(a) : a));

// Random corner values on a grid, blended: smooth noise in [-1, 1] with features about `cell` pixels across.
const hash = (x, y, cell) => {
  let h = (x * 374761393 + y * 668265263 + cell * 2147483647) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) & 0xffff) / 32767.5 - 1;
};
const noise = (x, y, cell) => {
  const cx = Math.floor(x / cell), cy = Math.floor(y / cell), fx = (x % cell) / cell, fy = (y % cell) / cell;
  const top = hash(cx, cy, cell) * (1 - fx) + hash(cx + 1, cy, cell) * fx;
  const bottom = hash(cx, cy + 1, cell) * (1 - fx) + hash(cx + 1, cy + 1, cell) * fx;
  return top * (1 - fy) + bottom * fy;
};

// A sky over a street: blue fading to white above the horizon, warm grey below, with texture and grain everywhere.
const data = new Uint8ClampedArray(width * height * 4);  // clamped: texture near white or black stays there
let seed = 2463534242;
for (let y = 0; y < height; y++) {
  const sky = y < height * 0.45, t = y / height;
  const base = sky ? [90 + 120 * t, 150 + 90 * t, 230] : [150 - 60 * t, 135 - 50 * t, 120 - 40 * t];
  for (let x = 0; x < width; x++) {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0;
    const texture = (sky ? 12 : 40) * (noise(x, y, 6) + noise(x, y, 18) + noise(x, y, 54) + noise(x, y, 400)) / 2;
    const detail = texture + (seed % 13) - 6;
    const i = (y * width + x) * 4;
    data[i] = base[0] + detail; data[i + 1] = base[1] + detail; data[i + 2] = base[2] + detail; data[i + 3] = 255;
  }
}
const encoded = jpeg.encode({ data, width, height }, 88).data;

// APP1 "Exif" segment: a big-endian TIFF header and one IFD with Make and Orientation, right after SOI.
const make = Buffer.from("KameraUji\0", "latin1");
const ifd = Buffer.alloc(8 + 2 + 2 * 12 + 4);
ifd.write("MM", 0, "latin1"); ifd.writeUInt16BE(42, 2); ifd.writeUInt32BE(8, 4); ifd.writeUInt16BE(2, 8);
ifd.writeUInt16BE(0x010f, 10); ifd.writeUInt16BE(2, 12); ifd.writeUInt32BE(make.length, 14); ifd.writeUInt32BE(ifd.length, 18);
ifd.writeUInt16BE(0x0112, 22); ifd.writeUInt16BE(3, 24); ifd.writeUInt32BE(1, 26); ifd.writeUInt16BE(orientation, 30);
const body = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), ifd, make]);
const app1 = Buffer.alloc(4); app1.writeUInt16BE(0xffe1, 0); app1.writeUInt16BE(body.length + 2, 2);
writeFileSync(out, Buffer.concat([encoded.subarray(0, 2), app1, body, encoded.subarray(2)]));
console.log(`lighthouse: camera photo ${width}x${height}, orientation ${orientation}, ${encoded.length + app1.length + body.length} bytes`);
