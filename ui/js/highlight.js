// Marks parts of a text: builds text nodes and <mark> elements, so the text is never parsed as
// HTML. Which parts is never decided here: the API gives the ranges (where the engine matched the
// query in a document; the words of a suggestion that start with a typed word), so no French
// folding or analysis is repeated in the browser.

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
