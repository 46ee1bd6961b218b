// Marks parts of a text: builds text nodes and <mark> elements, so the text is never parsed as
// HTML. Which parts is not decided here by imitating French analysis: the document view marks the
// ranges the API returns (where the engine itself matched the query); suggestions mark the words
// that start with a word being typed, ignoring case and accents.

const WORD = /[\p{L}\p{N}]+/gu;
const LIGATURES = { 'œ': 'oe', 'Œ': 'oe', 'æ': 'ae', 'Æ': 'ae', 'ß': 'ss' };

/** Lower-cases and removes accents, with map[i] = index in `text` of folded char i. */
export function fold(text) {
  let folded = '';
  const map = [];
  let index = 0;
  for (const ch of text) {
    const plain = (LIGATURES[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
    for (let k = 0; k < plain.length; k += 1) map.push(index);
    folded += plain;
    index += ch.length;
  }
  map.push(index);
  return { folded, map };
}

/** Ranges [start, end) of the words of `text` that start with one of the words of `typed`. */
export function typedRanges(text, typed) {
  const prefixes = fold(String(typed ?? '')).folded.match(WORD) ?? [];
  if (prefixes.length === 0) return [];
  const { folded, map } = fold(text);
  const ranges = [];
  for (const match of folded.matchAll(WORD)) {
    if (prefixes.some((p) => match[0].startsWith(p))) {
      ranges.push([map[match.index], map[match.index + match[0].length]]);
    }
  }
  return ranges;
}

/**
 * Appends `text` to parent as text nodes, each range [start, end) (in order, not overlapping)
 * wrapped in <mark>. Returns the marks, so the caller can count them or give them ids.
 */
export function appendHighlighted(parent, text, ranges) {
  const marks = [];
  let last = 0;
  for (const [start, end] of ranges) {
    if (start < last || end > text.length || end <= start) continue;
    if (start > last) parent.append(document.createTextNode(text.slice(last, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    parent.append(mark);
    marks.push(mark);
    last = end;
  }
  if (last < text.length) parent.append(document.createTextNode(text.slice(last)));
  return marks;
}
