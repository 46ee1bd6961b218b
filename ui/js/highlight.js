// Client-side highlighting of the query words in a document's text: accent- and case-insensitive,
// light French plural folding (hôpitaux ~ hôpital), prefixes for `sant*`. Builds text nodes and
// <mark> elements, so the document text is never parsed as HTML.

const STOP_WORDS = new Set(('a au aux avec ce ces dans de des du elle en et eux il je la le les leur '
  + 'lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur '
  + 'ta te tes toi ton tu un une vos votre vous c d j l m n s t y ete etre est sont').split(' '));
const OPERATORS = new Set(['OR', 'AND', 'NOT']);
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

/** A folded word reduced to a common form for singular/plural: hopitaux → hopital, sante(s) → sant. */
function stem(word) {
  let w = word;
  if (w.length > 4 && w.endsWith('aux')) w = `${w.slice(0, -3)}al`;
  if (w.length > 3 && (w.endsWith('s') || w.endsWith('x'))) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The words of a user query worth highlighting: no operators, exclusions or stop words. */
export function queryTerms(q) {
  const terms = [];
  for (const token of String(q ?? '').match(/-?"[^"]*"?|\S+/g) ?? []) {
    if (token.startsWith('-') || OPERATORS.has(token)) continue;
    const prefix = token.endsWith('*');
    const words = fold(token).folded.match(WORD) ?? [];
    words.forEach((word, i) => {
      if (STOP_WORDS.has(word) || word.length < 2) return;
      const asPrefix = prefix && i === words.length - 1;
      terms.push({ word, stem: asPrefix ? word : stem(word), prefix: asPrefix });
    });
  }
  return terms;
}

/** Every word being typed, each as a prefix: for bolding what matches in suggestions. */
export function typedTerms(text) {
  return (fold(String(text ?? '')).folded.match(WORD) ?? []).map((word) => ({ word, stem: word, prefix: true }));
}

/** Ranges [start, end) of `text` (original indices) whose words match one of the terms. */
export function matchRanges(text, terms) {
  if (terms.length === 0) return [];
  const { folded, map } = fold(text);
  const stems = new Set(terms.filter((t) => !t.prefix).map((t) => t.stem));
  const prefixes = terms.filter((t) => t.prefix).map((t) => t.stem);
  const ranges = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    if (stems.has(stem(word)) || prefixes.some((p) => word.startsWith(p))) {
      ranges.push([map[match.index], map[match.index + word.length]]);
    }
  }
  return ranges;
}

/**
 * Appends `text` to parent as text nodes, each match wrapped in <mark>. Returns the marks, so the
 * caller can count them or give them ids.
 */
export function appendHighlighted(parent, text, terms) {
  const marks = [];
  let last = 0;
  for (const [start, end] of matchRanges(text, terms)) {
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
