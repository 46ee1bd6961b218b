-- wrk script: searches that are almost never repeated, so the server's answer cache (256 answers
-- per index generation) rarely holds one and the figure measures the engine. Each request takes
-- 1 to 4 words drawn from a domain word list (about 2.6 million combinations), one in five a
-- phrase of two words, 0 to 2 filters of different kinds (département, type, theme, first year),
-- page 1, size 10.
-- Each wrk thread draws from its own seeded generator. Prints the same summary as api-load.lua.
local words = {
  "santé", "mentale", "prévention", "contrat", "local", "vaccination", "nutrition", "addictions",
  "jeunes", "personnes", "âgées", "logement", "habitat", "environnement", "air", "précarité",
  "accès", "soins", "urgences", "hôpital", "diagnostic", "parcours", "handicap", "périnatalité",
  "violences", "alcool", "tabac", "cancer", "dépistage", "diabète", "obésité", "sport",
  "activité", "physique", "quartiers", "prioritaires", "médecin", "généraliste", "infirmier",
  "pharmacie", "maison", "centre", "atelier", "ville", "conseil", "plan", "action", "fiche",
  "partenaires", "financement", "évaluation", "coordination", "territoire", "enfants", "école",
  "suicide", "souffrance", "psychique", "bruit", "canicule", "eau", "alimentation", "femmes",
  "migrants", "exclusion", "autonomie", "aidants", "dentaire", "sexuelle", "contraception",
  "VIH", "hépatites", "tuberculose", "saturnisme", "pollution", "moustique", "ARS", "CPAM", "CLS",
  "ASV", "CLSM", "PMI", "CCAS", "MDPH", "Marseille", "Nice", "Toulon", "Avignon", "Martigues",
  "Lyon", "Lille", "Strasbourg", "Bordeaux", "Nantes", "Rennes", "Montpellier", "Grenoble",
  "Toulouse", "Metz", "Nancy", "Reims", "Amiens", "Rouen", "Caen", "Brest", "Limoges",
}
local filters = {
  "departement=13", "departement=06", "departement=83", "departement=59", "departement=67",
  "type=contrat", "type=fiche-action", "type=rapport", "theme=sante-mentale",
  "theme=conduites-addictives", "yearFrom=2015", "yearFrom=2020",
}
local errors = 0

local function encode(text)
  return (text:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

request = function()
  local n = math.random(1, 4)
  local picked = {}
  for i = 1, n do picked[i] = words[math.random(#words)] end
  local q = table.concat(picked, " ")
  if n >= 2 and math.random(5) == 1 then
    q = '"' .. picked[1] .. " " .. picked[2] .. '"' .. (n > 2 and (" " .. table.concat(picked, " ", 3)) or "")
  end
  local path = "/api/search?q=" .. encode(q) .. "&size=10&page=1"
  local used = {}
  for _ = 1, math.random(0, 2) do
    local filter = filters[math.random(#filters)]
    local kind = filter:match("^(%a+)=")
    if not used[kind] then -- yearFrom twice is a bad request (400), not a search
      used[kind] = true
      path = path .. "&" .. filter
    end
  end
  return wrk.format("GET", path)
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
