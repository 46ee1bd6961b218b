-- wrk script: a realistic mix of searches (1 to 4 words, a phrase, filters, page 1 to 3, size 10),
-- taken in turn by each connection. Counts non-2xx answers and prints them at the end.
local queries = {
  "q=sant%C3%A9+mentale", "q=contrat+local+de+sant%C3%A9", "q=%22atelier+sant%C3%A9+ville%22",
  "q=vieillissement", "q=pr%C3%A9vention+suicide", "q=acc%C3%A8s+aux+soins&departement=13",
  "q=ARS&type=contrat", "q=qualit%C3%A9+de+l%27air", "q=urgences+plan+blanc",
  "q=nutrition+OR+ob%C3%A9sit%C3%A9", "q=h%C3%B4pital&sort=date", "q=Martigues",
  "q=vaccination&yearFrom=2015", "q=pr%C3%A9carit%C3%A9+quartiers+prioritaires",
  "q=diagnostic+local+de+sant%C3%A9&theme=sante-mentale", "q=addictions+jeunes",
}
local counter = 0
local errors = 0

request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  local page = (math.floor(counter / #queries) % 3) + 1
  return wrk.format("GET", "/api/search?" .. q .. "&size=10&page=" .. page)
end

response = function(status, headers, body)
  if status < 200 or status > 299 then
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests/s: %.1f  p50: %.1f ms  p99: %.1f ms  non-2xx: %d  socket errors: %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status, summary.errors.connect
      + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
