// Summarises the Lighthouse runs of one page for tests/bench/lighthouse.sh: the median run (Lighthouse's own choice,
// the run nearest the median FCP and TTI) gives the scores, weight, LCP, CLS and the audits that cost points; the
// performance score of every run is shown beside it, as it moves with the machine's load. Exits 1 when a category
// of the median run is under 100.
//   node lighthouse-summary.mjs report-1.json [report-2.json ...]
import { readFileSync } from "node:fs";
const { computeMedianRun } = await import(new URL("../tools/lighthouse/node_modules/lighthouse/core/lib/median-run.js", import.meta.url));

const runs = process.argv.slice(2).map((file) => JSON.parse(readFileSync(file, "utf8")));
const lhr = runs.length > 1 ? computeMedianRun(runs) : runs[0];
const a = lhr.audits, categories = Object.values(lhr.categories);
const score = (category) => Math.round(category.score * 100);
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;

const everyRun = runs.length > 1 ? ` (median of ${runs.length} runs: ${runs.map((r) => score(r.categories.performance)).join(", ")})` : "";
console.log(categories.map((c) => `${c.id} ${score(c)}${c.id === "performance" ? everyRun : ""}`).join(", "));
console.log(`total byte weight ${kb(a["total-byte-weight"].numericValue)}, LCP ${a["largest-contentful-paint"].displayValue},` +
  ` CLS ${a["cumulative-layout-shift"].displayValue}, FCP ${a["first-contentful-paint"].displayValue},` +
  ` TBT ${a["total-blocking-time"].displayValue} (Lighthouse ${lhr.lighthouseVersion}, benchmark index ${lhr.environment.benchmarkIndex})`);
if (lhr.runWarnings.length) console.log(`  warnings: ${lhr.runWarnings.join(" | ")}`);
for (const c of categories) {
  // What cost this category points: audits with a weight that did not score 1.
  for (const r of c.auditRefs.filter((r) => r.weight > 0 && a[r.id].score !== null && a[r.id].score < 1))
    console.log(`  LOST POINTS in ${c.id}: ${r.id} (weight ${r.weight}) scored ${a[r.id].score}` +
      `${a[r.id].displayValue ? `, ${a[r.id].displayValue}` : ""}: ${a[r.id].title}`);
}
// What costs nothing but Lighthouse still mentions: opportunities with estimated savings, findings of the unscored checks.
const hints = categories.flatMap((c) => c.auditRefs.filter((r) => r.weight === 0).map((r) => a[r.id]))
  .filter((audit) => audit.score !== null && audit.score < 1 && audit.displayValue)
  .map((audit) => `${audit.id} (${audit.displayValue})`)
  .concat(["has-hsts", "origin-isolation", "csp-xss", "clickjacking-mitigation"]
    .filter((id) => a[id]?.details?.items?.length)
    .map((id) => `${id} (${a[id].details.items.map((i) => i.description).join("; ")})`));
if (hints.length) console.log(`  hints, no points lost: ${hints.join(", ")}`);
process.exit(categories.some((c) => c.score < 1) ? 1 : 0);
