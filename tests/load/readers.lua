-- wrk script for tests/load/run.sh: readers walk the URL list in $LOAD_URLS (one path per line), as a browser asks
-- (HTML, Indonesian, gzip/br); prints each status code's count and the latency percentiles at the end.
local paths = {}
for line in io.lines(os.getenv("LOAD_URLS")) do paths[#paths + 1] = line end
local threads = {}
local next_path = 0

function setup(thread) table.insert(threads, thread) end
function init(args)
  statuses = {}
  next_path = math.random(#paths)
end
function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path], {
    ["Accept"] = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", ["Accept-Language"] = "id-ID,id;q=0.9",
    ["Accept-Encoding"] = "gzip, br", ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36" })
end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + count end
  end
  for status, count in pairs(total) do io.write(string.format("status %d %d\n", status, count)) end
  io.write(string.format("requests %d\nerrors %d\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({ 50, 99 }) do io.write(string.format("p%d %.1f\n", p, latency:percentile(p) / 1000)) end
end
