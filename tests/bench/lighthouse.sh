#!/usr/bin/env bash
# Lighthouse (#10: "the article page with a real photo ... keeps Lighthouse at 100") on the real server: publishes a
# Release build, starts it in Production on loopback with a fresh data folder and an admin from the environment, logs
# in with curl (antiforgery token from the form) and publishes through the editor's real multipart form two articles
# with a 4000×3000 phone JPEG carrying an EXIF orientation (written by camera-photo.mjs, no binary in the repo), the
# second naming the first under "Berita terkait". Then Lighthouse (its default mobile preset: a 412-px phone, slow 4G
# and a 4× slower CPU, simulated) runs on that article and on the home page, in Debian's Chromium, headless.
# Prints per page the four category scores, total byte weight, LCP and CLS, and every audit that lost points;
# exits 1 when a category is under 100. Not part of the test suite (it takes a minute or two and the scores of the
# performance category move with the machine's load); the JSON reports are kept when LIGHTHOUSE_KEEP=dir is set.
# More reader paths given as arguments are measured after those two (say /internasional or "/search?q=foto").
# Lighthouse is installed from npm under tests/tools/lighthouse when missing; the browser is never downloaded.
#   [LIGHTHOUSE_PORT=5296] [CHROME_PATH=/usr/bin/chromium] [LIGHTHOUSE_KEEP=dir] tests/bench/lighthouse.sh [path ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${LIGHTHOUSE_PORT:-5296}
base="http://127.0.0.1:$port"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
tools=tests/tools/lighthouse
email="lighthouse-$$@tempoclone.test"
password="lighthouse password $$ $RANDOM"

[ -x "$CHROME_PATH" ] || { echo "lighthouse: no Chromium at $CHROME_PATH (apt-get install chromium; set CHROME_PATH)" >&2; exit 1; }
if [ ! -x "$tools/node_modules/.bin/lighthouse" ] || [ ! -d "$tools/node_modules/jpeg-js" ]; then
  echo "lighthouse: installing Lighthouse under $tools (npm)"
  (cd "$tools" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

work=$(mktemp -d)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
if curl -s -o /dev/null "$base/"; then echo "lighthouse: port $port is already in use (set LIGHTHOUSE_PORT)" >&2; exit 1; fi

echo "lighthouse: publishing Release build"
rid=$(dotnet --info | awk '/RID:/ {print $2; exit}')
dotnet publish src/TempoClone.Web -c Release -r "$rid" --self-contained false -o "$work/app" --nologo -v quiet >/dev/null
node tests/bench/camera-photo.mjs "$work/IMG_2041.JPG" 4000 3000 6

(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
  ConnectionStrings__Default="Data Source=$work/data/tempo.db" Site__DataFolder="$work/data" \
  Site__MediaFolder="$work/data/media" Admin__Email="$email" Admin__Password="$password" \
  Security__SecureCookies=false Serilog__MinimumLevel__Default=Warning exec dotnet TempoClone.Web.dll) > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/")" = 200 ] && break
  kill -0 "$server" 2>/dev/null || { echo "lighthouse: server exited" >&2; cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done

# Login, then each article through the editor's form as a browser posts it: multipart, every field of the form, the file.
jar="$work/cookies"
curl -s -c "$jar" -b "$jar" "$base/editor/account/login" > "$work/login.html"
curl -s -c "$jar" -b "$jar" -o /dev/null -d "$(python3 tests/bench/form-fields.py "" "Input.Email=$email" \
  "Input.Password=$password" < "$work/login.html")" "$base/editor/account/login"
publish() {  # $1: title, $2: related titles; prints the article's reader URL
  local new="$base/editor/articles/edit?kanal=internasional" location
  curl -s -c "$jar" -b "$jar" "$new" > "$work/form.html"
  # Written for this benchmark in our own words; the length of a typical news story, with a subheading and a quote.
  local body="JAKARTA - $1 diuji dengan foto kamera ponsel berukuran penuh yang diunggah lewat formulir redaksi.

Foto yang diunggah berukuran 4000 kali 3000 piksel, disimpan mendatar dengan tanda orientasi EXIF, seperti foto dari
ponsel yang dipegang tegak. Situs memutar foto itu, membuang metadatanya, lalu membuat beberapa ukuran dalam WebP dan JPEG.

## Yang diukur

Halaman artikel diukur di ponsel selebar 412 piksel dengan jaringan 4G yang lambat. Ukuran total, waktu sampai
gambar terbesar tampil, dan pergeseran tata letak dicatat untuk setiap halaman.

> Pembaca di ponsel tidak boleh menunggu foto yang terlalu besar untuk layarnya.

Paragraf terakhir menutup tulisan uji ini dan memberi tautan ke berita lain di bawah."
  python3 tests/bench/form-fields.py --curl-form article-form "Input.Title=$1" "Input.Deck=Ringkasan: $1." \
    "Input.Body=$body" "Input.Reporters=Rina Hapsari" "Input.Editors=Dimas Prasetyo" "Input.Tags=uji foto, ponsel" \
    "Input.PhotoCaption=Suasana jalan di Jakarta difoto dengan kamera ponsel." "Input.PhotoCredit=TEMPO/Uji" \
    "Input.PhotoAlt=Jalan kota di bawah langit biru" "Input.Related=$2" "Input.SearchQuery=" "Input.Status=Published" \
    < "$work/form.html" > "$work/form.curl"
  echo "form = \"PhotoUpload=@$work/IMG_2041.JPG;type=image/jpeg\"" >> "$work/form.curl"
  location=$(curl -s -c "$jar" -b "$jar" -K "$work/form.curl" -o "$work/saved.html" -w '%{redirect_url}' "$new")
  if [ -z "$location" ]; then
    echo "lighthouse: saving \"$1\" did not redirect:" >&2; grep -A3 'form-errors' "$work/saved.html" >&2 || head -c 2000 "$work/saved.html" >&2
    exit 1
  fi
  curl -s -b "$jar" "$location" | grep -o 'href="[^"]*">Lihat di situs' | sed 's/href="//;s/">.*//'
}
related_title="Lampu Lalu Lintas Baru di Persimpangan Uji $$"
publish "$related_title" "" > /dev/null
article=$(publish "Foto Ponsel Diunggah Utuh ke Artikel Uji $$" "$related_title")
echo "lighthouse: article at $article (and one related story with the same photo)"
curl -fs -o /dev/null "$base$article" && curl -fs -o /dev/null "$base/"   # the reader cache holds both, as it would

failed=0
audit() {  # $1: name, $2: path
  local report="$work/$(echo "$1" | tr -c 'a-zA-Z0-9\n' - | sed 's/^-*//').json"
  echo
  echo "lighthouse: $1 ($2), mobile preset"
  "$tools/node_modules/.bin/lighthouse" "$base$2" --quiet --output=json --output-path="$report" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" || { echo "lighthouse: run failed on $2" >&2; failed=1; return; }
  [ -n "${LIGHTHOUSE_KEEP:-}" ] && mkdir -p "$LIGHTHOUSE_KEEP" && cp "$report" "$LIGHTHOUSE_KEEP/"
  node --input-type=module - "$report" <<'NODE' || failed=1
import { readFileSync } from "node:fs";
const lhr = JSON.parse(readFileSync(process.argv[2], "utf8"));
const a = lhr.audits, categories = Object.values(lhr.categories);
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
console.log(categories.map((c) => `${c.id} ${Math.round(c.score * 100)}`).join(", "));
console.log(`total byte weight ${kb(a["total-byte-weight"].numericValue)}, LCP ${a["largest-contentful-paint"].displayValue},` +
  ` CLS ${a["cumulative-layout-shift"].displayValue}, FCP ${a["first-contentful-paint"].displayValue},` +
  ` TBT ${a["total-blocking-time"].displayValue} (Lighthouse ${lhr.lighthouseVersion}, benchmark index ${lhr.environment.benchmarkIndex})`);
if (lhr.runWarnings.length) console.log(`warnings: ${lhr.runWarnings.join(" | ")}`);
for (const c of categories) {
  // What cost this category points: audits with a weight that did not score 1.
  for (const r of c.auditRefs.filter((r) => r.weight > 0 && a[r.id].score !== null && a[r.id].score < 1))
    console.log(`  LOST POINTS in ${c.id}: ${r.id} (weight ${r.weight}) scored ${a[r.id].score}` +
      `${a[r.id].displayValue ? `, ${a[r.id].displayValue}` : ""}: ${a[r.id].title}`);
}
// What cost nothing but Lighthouse still mentions: opportunities with estimated savings, findings of the unscored checks.
const hints = categories.flatMap((c) => c.auditRefs.filter((r) => r.weight === 0).map((r) => a[r.id]))
  .filter((audit) => audit.score !== null && audit.score < 1 && audit.displayValue)
  .map((audit) => `${audit.id} (${audit.displayValue})`)
  .concat(["has-hsts", "origin-isolation", "csp-xss", "clickjacking-mitigation"]
    .filter((id) => a[id]?.details?.items?.length)
    .map((id) => `${id} (${a[id].details.items.map((i) => i.description).join("; ")})`));
if (hints.length) console.log(`  hints, no points lost: ${hints.join(", ")}`);
const below = categories.some((c) => c.score < 1);
process.exit(below ? 1 : 0);
NODE
}
audit article "$article"
audit home /
for path in "$@"; do audit "$path" "$path"; done
echo
echo "lighthouse: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; Chromium $("$CHROME_PATH" --version 2>/dev/null | awk '{print $2}')"
[ "$failed" = 0 ] && echo "lighthouse: every category 100 on every page" || echo "lighthouse: a category is under 100 (above)"
exit "$failed"
