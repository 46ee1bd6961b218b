// Reading what a browser's built-in PDF viewer shows, from the viewer's own state: Firefox's pdf.js
// (a page whose window holds PDFViewerApplication) and Chromium's viewer extension (its toolbar's
// page selector). Both are the browsers' internals, named here in one place.
import { fold, sleep } from './harness.mjs';

/** Chromium's built-in PDF viewer extension. */
export const CHROMIUM_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/**
 * What a frame shows, read from pdf.js when it is Firefox's PDF viewer: the current page, the page
 * in the middle of the screen, whether page n is drawn, its text layer, and pdf.js's text of pages
 * n and 1; {viewer: false, url} otherwise (a download, an error page, the search page).
 */
export async function pdfjsState(frame, n) {
  try {
    return await frame.evaluate(async (pageNumber) => {
      const app = window.PDFViewerApplication;
      if (!app || !app.pdfDocument) return { viewer: false, url: location.href };
      const el = document.querySelector(`.page[data-page-number="${pageNumber}"]`);
      const box = document.getElementById('viewerContainer').getBoundingClientRect();
      const middle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const textOf = async (i) => (await (await app.pdfDocument.getPage(i)).getTextContent())
        .items.map((item) => item.str).join(' ');
      return {
        viewer: true,
        url: location.href,
        page: app.page,
        pages: app.pagesCount,
        pageField: document.getElementById('pageNumber')?.value,
        middlePage: Number(middle?.closest('.page')?.getAttribute('data-page-number')),
        rendered: el?.getAttribute('data-loaded') === 'true' && el.querySelector('canvas') !== null,
        textLayer: el?.querySelector('.textLayer')?.textContent ?? '',
        pageText: pageNumber <= app.pagesCount ? await textOf(pageNumber) : '',
        firstPageText: await textOf(1),
      };
    }, n);
  } catch (e) {
    return { viewer: false, url: frame.url(), error: e.message };
  }
}

/** True when pdf.js shows page n, drawn, in the middle of the screen, with `word` in its text layer. */
export function pdfjsShows(state, n, word) {
  return state.viewer && state.page === n && state.pageField === String(n) && state.middlePage === n
    && state.rendered && fold(state.textLayer).includes(fold(word));
}

/** Polls `frameOf()` (the frame may come late) until pdf.js shows page n or `ms` pass: the last state. */
export async function awaitPdfjsPage(frameOf, n, word, ms) {
  const start = Date.now();
  let state = { viewer: false, url: '(no frame)' };
  do {
    const frame = frameOf();
    if (frame) state = await pdfjsState(frame, n);
    if (pdfjsShows(state, n, word)) break;
    await sleep(250);
  } while (Date.now() - start < ms);
  return state;
}

export function describePdfjs(state) {
  if (!state.viewer) return `no PDF viewer (url ${state.url})`;
  return `pdf.js at page ${state.page}/${state.pages} (field ${state.pageField}, middle of the screen `
    + `${state.middlePage}, drawn ${state.rendered}), text layer ${JSON.stringify(state.textLayer.slice(0, 60))}`;
}

/**
 * The page Chromium's viewer shows in a tab, from the page selector of its toolbar in the
 * extension's frame (pdf-viewer > viewer-toolbar > viewer-page-selector): {page, pages}, or null
 * when no frame of the tab is the viewer or it has no document yet.
 */
export async function chromiumState(tab) {
  for (const frame of tab.frames().filter((f) => f.url().startsWith(CHROMIUM_VIEWER))) {
    const state = await frame.evaluate(() => {
      const selector = document.querySelector('pdf-viewer')?.shadowRoot
        ?.querySelector('viewer-toolbar')?.shadowRoot?.querySelector('viewer-page-selector');
      const field = selector?.shadowRoot?.querySelector('input');
      return field && selector.docLength > 0 ? { page: Number(field.value), pages: selector.docLength } : null;
    }).catch(() => null);
    if (state) return state;
  }
  return null;
}

/** Polls until Chromium's viewer shows page n or `ms` pass: the last state (null: no viewer). */
export async function awaitChromiumPage(tab, n, ms) {
  const start = Date.now();
  let state = null;
  do {
    state = await chromiumState(tab);
    if (state?.page === n) break;
    await sleep(250);
  } while (Date.now() - start < ms);
  return state;
}

export function describeChromium(state, tab) {
  return state ? `Chromium's viewer at page ${state.page}/${state.pages}`
    : `no PDF viewer (frames ${tab.frames().map((f) => f.url().slice(0, 50)).join(', ')})`;
}
