-- wrk script for the load test while re-indexing: a mix of searches over a generated corpus, and a
-- check of every answer: its total must equal the sum of its format facet's counts (generated
-- records have no copies, so both count the same documents); an answer mixing two commits would
-- break it. Prints requests/s, p50, p99, non-2xx answers and inconsistent answers.
local queries = {
  "q=", "q=sant%C3%A9+mentale", "q=contrat+local+de+sant%C3%A9", "q=vieillissement",
  "q=acc%C3%A8s+aux+soins", "q=nutrition&yearFrom=2015", "q=qualit%C3%A9+de+l%27air",
  "q=pr%C3%A9vention", "q=addictions+jeunes", "q=&sort=date",
}
local counter = 0
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  inconsistent = 0
  checked = 0
end

request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  return wrk.format("GET", "/api/search?" .. q .. "&size=10")
end

response = function(status, headers, body)
  if status ~= 200 then
    return
  end
  local total = tonumber(string.match(body, '"total":(%d+)'))
  -- The answer's facet (values with counts), not the format labels of each hit.
  local formats = nil
  for values in string.gmatch(body, '"format":%[(.-)%]') do
    if string.find(values, '"count":', 1, true) then
      formats = values
    end
  end
  if total == nil or formats == nil then
    inconsistent = inconsistent + 1
    return
  end
  local sum = 0
  for count in string.gmatch(formats, '"count":(%d+)') do
    sum = sum + tonumber(count)
  end
  checked = checked + 1
  if sum ~= total then
    inconsistent = inconsistent + 1
  end
end

done = function(summary, latency, requests)
  local bad, seen = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("inconsistent")
    seen = seen + thread:get("checked")
  end
  io.write(string.format("requests/s: %.1f  p50: %.1f ms  p99: %.1f ms  non-2xx: %d  socket errors: %d  checked: %d  inconsistent: %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status, summary.errors.connect
      + summary.errors.read + summary.errors.write + summary.errors.timeout, seen, bad))
end
