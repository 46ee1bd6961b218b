// Checks 3 to 5, in Firefox driven through WebDriver BiDi: the « p. N » link opens pdf.js at page N,
// an HTML original runs no script, no other site frames a file; each with its control.
import puppeteer from 'puppeteer-core';
import { expect, fold, framingPage, newTab, sleep } from './harness.mjs';
import { awaitPdfjsPage, describePdfjs, pdfjsShows } from './pdf-viewers.mjs';

/** The text the test HTML original shows until its inline script, if it ever runs, replaces it. */
const SCRIPT_NOT_RUN = 'script non exécuté';

/** Firefox with a fresh profile; `prefs` are about:config preferences. */
export function launchFirefox(executablePath, prefs = {}) {
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: prefs });
}

/**
 * Runs the checks in `firefox`, whose tab `searchTab` shows the search with the link
 * (ctx: {base, firefoxPath, checks, proxy, link, pdf, htmlUrl, pdfQuery, outDir, waits}).
 */
export async function firefoxChecks(ctx, firefox, searchTab) {
  const { checks, proxy, link, pdfQuery, outDir, waits } = ctx;
  const shows = (state) => pdfjsShows(state, link.page, pdfQuery);

  await checks.run(`3. clicked, the link opens Firefox's PDF viewer at that page`, async () => {
    const anchor = await searchTab.$('#results .page-link');
    const clicked = Date.now();
    await Promise.all([searchTab.waitForNavigation({ timeout: waits.viewer }).catch(() => null), anchor.click()]);
    const state = await awaitPdfjsPage(() => searchTab.mainFrame(), link.page, pdfQuery, waits.viewer);
    const ms = Date.now() - clicked;
    const shot = `${outDir}/firefox-pdf-page-${link.page}.png`;
    await searchTab.screenshot({ path: shot });
    expect(shows(state), describePdfjs(state));
    waits.allowFor(ms);
    expect(state.url === link.href, `the tab shows ${state.url}, not ${link.href}`);
    // The word is on page N and not on page 1 by pdf.js's own reading: landing on N is what shows it.
    expect(fold(state.pageText).includes(fold(pdfQuery)), `pdf.js finds no « ${pdfQuery} » on page ${link.page}`);
    expect(!fold(state.firstPageText).includes(fold(pdfQuery)), `« ${pdfQuery} » is on page 1 too`);
    return `${describePdfjs(state)}, in ${ms} ms (checks that nothing shows wait ${waits.nothing} ms); screenshot ${shot}`;
  });

  /** What `browser` shows of `url`: the pdf.js state after waiting for page N as long as allowed. */
  const opened = async (browser, url, shot) => {
    const tab = await newTab(browser);
    await tab.goto(url, { timeout: 5_000 }).catch(() => null); // a download never ends its navigation
    const state = await awaitPdfjsPage(() => tab.mainFrame(), link.page, pdfQuery, waits.nothing);
    await tab.screenshot({ path: `${outDir}/${shot}` });
    await tab.close();
    return state;
  };

  await checks.run('3a. control: the same PDF as a download is not seen as shown', async () => {
    const state = await opened(firefox, `${proxy.url('/download.pdf')}#page=${link.page}`, 'firefox-control-download.png');
    expect(!shows(state), 'the check passed on a download');
    return describePdfjs(state);
  });

  await checks.run('3b. control: Firefox with its PDF viewer turned off is not seen as showing the page', async () => {
    const noViewer = await launchFirefox(ctx.firefoxPath, { 'pdfjs.disabled': true });
    try {
      const state = await opened(noViewer, link.href, 'firefox-control-pdfjs-disabled.png');
      expect(!shows(state), 'the check passed without a viewer');
      return describePdfjs(state);
    } finally {
      await noViewer.close();
    }
  });

  /** What an HTML page shows: its origin and whether its inline script ran. */
  const scriptState = async (url, shot) => {
    const tab = await newTab(firefox);
    await tab.goto(url, { waitUntil: 'load' });
    await sleep(500);
    const state = await tab.evaluate(() => ({
      origin: window.origin, marker: document.getElementById('marker')?.textContent,
    }));
    await tab.screenshot({ path: `${outDir}/${shot}` });
    await tab.close();
    return state;
  };

  await checks.run('4. an HTML original runs none of its scripts', async () => {
    const state = await scriptState(ctx.htmlUrl, 'firefox-html-served.png');
    expect(state.marker === SCRIPT_NOT_RUN, `its inline script ran (« ${state.marker} »)`);
    expect(state.origin === 'null', `origin ${state.origin}, not the sandbox's opaque one`);
    return `marker « ${state.marker} », origin ${state.origin}`;
  });

  await checks.run('4a. control: the same HTML without the policy runs its script', async () => {
    const state = await scriptState(proxy.url('/plain.html'), 'firefox-html-control.png');
    expect(state.marker !== SCRIPT_NOT_RUN, 'the script did not run even without the policy');
    return `marker « ${state.marker} », origin ${state.origin}`;
  });

  /** Frames `src` at page N from the proxy's origin: the pdf.js state inside the frame. */
  const framed = async (src, shot) => {
    proxy.route(`/frame-${shot}`, { 'content-type': 'text/html; charset=utf-8' }, framingPage(`${src}#page=${link.page}`));
    const tab = await newTab(firefox);
    await tab.goto(proxy.url(`/frame-${shot}`), { waitUntil: 'load' });
    const state = await awaitPdfjsPage(() => tab.mainFrame().childFrames()[0], link.page, pdfQuery, waits.nothing);
    await tab.screenshot({ path: `${outDir}/firefox-framed-${shot}.png` });
    await tab.close();
    return state;
  };

  await checks.run('5. another site cannot frame the original file', async () => {
    const state = await framed(link.fileUrl, 'served');
    expect(!shows(state), `framed by ${proxy.url('')}: ${describePdfjs(state)}`);
    return `the frame holds ${describePdfjs(state)}`;
  });

  await checks.run('5a. control: the same PDF without frame-ancestors is framed and shown', async () => {
    const state = await framed(proxy.url('/frameable.pdf'), 'control');
    expect(shows(state), describePdfjs(state));
    return describePdfjs(state);
  });
}
