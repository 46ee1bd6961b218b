// DOM helpers: build elements without ever parsing API text as HTML, except snippets (see
// snippetFragment), which the API escapes and which are sanitised again here to keep only <mark>.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an HTML element; attrs: strings, booleans, `class`, `dataset`, `onX` listeners. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  appendChildren(el, children);
  return el;
}

/** Creates an SVG element with the same conventions as h(). */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  appendChildren(el, children);
  return el;
}

function setAttributes(el, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

function appendChildren(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * Turns an API snippet (HTML-escaped text with <mark> tags) into nodes. The template is inert
 * (no script runs, no image loads); any element other than a bare <mark> is reduced to its text.
 */
export function snippetFragment(html) {
  const template = document.createElement('template');
  template.innerHTML = String(html ?? '');
  keepOnlyMarks(template.content);
  return template.content;
}

function keepOnlyMarks(parent) {
  for (const child of [...parent.childNodes]) {
    if (child.nodeType === Node.ELEMENT_NODE && child.tagName === 'MARK') {
      for (const attr of [...child.attributes]) child.removeAttribute(attr.name);
      keepOnlyMarks(child);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      child.replaceWith(document.createTextNode(child.textContent));
    } else if (child.nodeType !== Node.TEXT_NODE) {
      child.remove();
    }
  }
}

/** Calls fn once the calls have stopped for `ms` milliseconds. */
export function debounce(fn, ms) {
  let timer = 0;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

/** A stable, valid id fragment for any string (facet values may hold any character). */
export function idFragment(text) {
  return String(text).replace(/[^A-Za-z0-9_-]/g, (c) => '_' + c.codePointAt(0).toString(16));
}
