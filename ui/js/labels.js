// Remembers facet labels seen in API answers (per browser tab), so that a filter that arrives by
// URL (a partner link from a document view) still shows its label in chips and facets.

const KEY = 'santekb.facetLabels';
let cache = load();

function load() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? '{}') ?? {};
  } catch {
    return {}; // storage disabled or corrupt: labels fall back to values
  }
}

function save() {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(cache));
  } catch {
    // quota or privacy mode: the cache only lives in memory then
  }
}

/** Records label for (facet, value); entries: [{value, label}]. */
export function rememberLabels(facet, entries) {
  const known = (cache[facet] ??= {});
  let changed = false;
  for (const { value, label } of entries) {
    if (value != null && label && known[value] !== label) {
      known[value] = label;
      changed = true;
    }
  }
  if (changed) save();
}

export function labelOf(facet, value) {
  return cache[facet]?.[value] ?? String(value);
}
