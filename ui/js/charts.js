// Two small SVG bar charts drawn from the facet counts of the current results: documents per year
// and per theme. Each bar is a link that toggles the matching filter.

import { h, s } from './dom.js';
import { isSelected, toUrl, withFilter } from './state.js';
import { countOf, formatNumber } from './text.js';

const WIDTH = 400;
const MAX_THEMES = 8;

/** Draws both charts into container; nothing is drawn when there is nothing to compare. */
export function renderCharts(container, facets, state) {
  const years = [...(facets?.year ?? [])]
    .filter((entry) => /^\d{4}$/.test(String(entry.value)))
    .sort((a, b) => Number(a.value) - Number(b.value));
  const themes = [...(facets?.theme ?? [])].sort((a, b) => b.count - a.count).slice(0, MAX_THEMES);
  const figures = [];
  if (years.length > 0) figures.push(figure('chart-years', 'Documents par année', yearChart(years, state)));
  if (themes.length > 0) figures.push(figure('chart-themes', 'Documents par thème', themeChart(themes, state)));
  container.replaceChildren(...figures);
  container.hidden = figures.length === 0;
}

function figure(id, caption, svg) {
  svg.setAttribute('aria-labelledby', `${id}-caption`);
  return h('figure', { class: 'chart', id }, h('figcaption', { id: `${id}-caption` }, caption), svg);
}

/** A bar as a link to the results with that value's filter toggled. */
function barLink(name, entry, state, body) {
  const on = isSelected(state, name, entry.value);
  const action = on ? 'retirer le filtre' : 'filtrer';
  return s('a', {
    href: toUrl(withFilter(state, name, entry.value, !on)),
    class: on ? 'bar bar-selected' : 'bar',
    'data-nav': '',
    'aria-label': `${entry.label}\u00a0: ${countOf(entry.count, 'document')}, ${action}`,
  }, s('title', {}, `${entry.label}\u00a0: ${countOf(entry.count, 'document')}`), body);
}

function dimmed(name, entry, state) {
  return (state.filters[name] ?? []).length > 0 && !isSelected(state, name, entry.value);
}

function yearChart(years, state) {
  const height = 150;
  const top = 16;
  const bottom = 22;
  const max = Math.max(...years.map((e) => e.count), 1);
  const slot = WIDTH / years.length;
  const barWidth = Math.min(40, slot * 0.7);
  const labelEvery = Math.ceil(years.length / 10);
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart-svg', role: 'group' },
    s('line', { x1: 0, y1: height - bottom, x2: WIDTH, y2: height - bottom, class: 'axis' }));
  years.forEach((entry, i) => {
    const x = i * slot + (slot - barWidth) / 2;
    const barHeight = Math.max(2, ((height - top - bottom) * entry.count) / max);
    const y = height - bottom - barHeight;
    svg.append(barLink('year', entry, state, [
      s('rect', { x: i * slot, y: top - 4, width: slot, height: height - top - bottom + 4, class: 'bar-hit' }),
      s('rect', { x, y, width: barWidth, height: barHeight, class: dimmed('year', entry, state) ? 'bar-fill dim' : 'bar-fill' }),
      s('text', { x: x + barWidth / 2, y: y - 3, class: 'bar-value', 'text-anchor': 'middle', 'aria-hidden': 'true' },
        formatNumber(entry.count)),
      i % labelEvery === 0 || i === years.length - 1
        ? s('text', { x: x + barWidth / 2, y: height - 6, class: 'bar-label', 'text-anchor': 'middle', 'aria-hidden': 'true' },
          String(entry.label ?? entry.value))
        : null,
    ]));
  });
  return svg;
}

function themeChart(themes, state) {
  const row = 40; // room for a label on two lines
  const line = 16;
  const labelWidth = 200;
  const height = themes.length * row + 4;
  const max = Math.max(...themes.map((e) => e.count), 1);
  const barSpace = WIDTH - labelWidth - 40;
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart-svg', role: 'group' });
  themes.forEach((entry, i) => {
    const y = i * row + 2;
    const width = Math.max(2, (barSpace * entry.count) / max);
    const lines = wrap(entry.label ?? String(entry.value), LABEL_CHARS, 2);
    const firstBaseline = y + row / 2 + 5 - ((lines.length - 1) * line) / 2;
    svg.append(barLink('theme', entry, state, [
      s('rect', { x: 0, y, width: WIDTH, height: row, class: 'bar-hit' }),
      s('text', { y: firstBaseline, class: 'bar-label', 'text-anchor': 'end', 'aria-hidden': 'true' },
        lines.map((text, n) => s('tspan', { x: labelWidth - 8, dy: n === 0 ? 0 : line }, text))),
      s('rect', { x: labelWidth, y: y + 10, width, height: row - 20, class: dimmed('theme', entry, state) ? 'bar-fill dim' : 'bar-fill' }),
      s('text', { x: labelWidth + width + 4, y: y + row / 2 + 5, class: 'bar-value', 'aria-hidden': 'true' },
        formatNumber(entry.count)),
    ]));
  });
  return svg;
}

/** Characters that fit on one label line of the theme chart at the label font size. */
const LABEL_CHARS = 25;

/**
 * Splits text into at most maxLines lines of at most width characters at spaces; what does not fit
 * ends with « … » (the bar's <title> tooltip and aria-label still give the whole label).
 */
function wrap(text, width, maxLines) {
  const lines = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= width || current === '') {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  const kept = lines.slice(0, maxLines).map((l) => shorten(l, width));
  if (lines.length > maxLines) kept[maxLines - 1] = shorten(`${kept[maxLines - 1]} ${lines[maxLines]}`, width);
  return kept;
}

function shorten(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
