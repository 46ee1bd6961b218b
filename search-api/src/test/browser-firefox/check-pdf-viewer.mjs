// Firefox check of the original files' headers (reliability issue: "the sandbox CSP on /file must
// not stop browsers' PDF viewers"). Drives Debian's firefox-esr through WebDriver BiDi (puppeteer-core,
// no geckodriver) against a running santekb server, and checks:
//   1. the « p. N » link of a search result points to the original file at #page=N (N > 1);
//   2. that file is served with the sandbox policy (and frame-ancestors 'none', nosniff);
//   3. clicked as a user would, the link opens Firefox's viewer (pdf.js) at page N: the viewer's page
//      number, the page in the middle of the screen and its text layer (which holds the query word);
//   4. an HTML original runs none of its scripts (opaque origin) under the same policy;
//   5. another site cannot frame an original file.
//   6. when Chromium is installed (CHROMIUM, default /usr/bin/chromium), the same link opens its
//      viewer at page N too, and another site cannot frame the file there either: the Selenium test
//      (ContentSecurityPolicyBrowserTest) only sees that the viewer started.
// Each check has a control that must make it fail, so a check that cannot fail is noticed: the same
// PDF served as a download, Firefox with its PDF viewer turned off, the HTML and the PDF served by a
// local proxy without the policy.
// Usage: node check-pdf-viewer.mjs BASE_URL PDF_QUERY HTML_QUERY OUT_DIR   (see check-pdf-viewer.sh)
import http from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const [base, pdfQuery, htmlQuery, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node check-pdf-viewer.mjs BASE_URL PDF_QUERY HTML_QUERY OUT_DIR');
  process.exit(2);
}
const firefox = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Chromium's built-in PDF viewer extension. */
const CHROMIUM_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';
/** Upper bound for the viewer to show a page; the time it really took is printed. */
const VIEWER_TIMEOUT_MS = 30_000;
/**
 * How long a check waits for what must not happen (a viewer in a download, in a frame): five times
 * what the real viewer took in that browser, and at least 5 s, so "not shown" is not "not yet".
 */
let controlWaitMs = 5_000;
const allowFor = (viewerMs) => { controlWaitMs = Math.max(5_000, 5 * viewerMs); };
/** The text the test HTML original shows until its inline script, if it ever runs, replaces it. */
const SCRIPT_NOT_RUN = 'script non exécuté';

mkdirSync(outDir, { recursive: true });
const results = [];

/** Runs one named check; a thrown error is its failure, with the reason. */
async function check(name, body) {
  try {
    const detail = await body();
    results.push(true);
    console.log(`ok   ${name}${detail ? `: ${detail}` : ''}`);
  } catch (e) {
    results.push(false);
    console.log(`FAIL ${name}: ${e.message}`);
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const fold = (s) => s.normalize('NFC').toLocaleLowerCase('fr');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function launch(prefs = {}) {
  return puppeteer.launch({
    browser: 'firefox', executablePath: firefox, headless: true, extraPrefsFirefox: prefs,
  });
}

async function newPage(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  return page;
}

/**
 * What the tab shows, read from pdf.js's own state when the tab is Firefox's PDF viewer:
 * {viewer: false, url} otherwise (a download, an error page, the search page).
 */
async function viewerState(frame, pageNumber, word) {
  try {
    return await frame.evaluate(async (n, w) => {
      const app = window.PDFViewerApplication;
      if (!app || !app.pdfDocument) return { viewer: false, url: location.href };
      const el = document.querySelector(`.page[data-page-number="${n}"]`);
      const box = document.getElementById('viewerContainer').getBoundingClientRect();
      const middle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const textOf = async (i) => (await (await app.pdfDocument.getPage(i)).getTextContent())
        .items.map((item) => item.str).join(' ');
      return {
        viewer: true,
        url: location.href,
        origin: window.origin,
        page: app.page,
        pages: app.pagesCount,
        pageField: document.getElementById('pageNumber')?.value,
        middlePage: Number(middle?.closest('.page')?.getAttribute('data-page-number')),
        rendered: el?.getAttribute('data-loaded') === 'true' && el.querySelector('canvas') !== null,
        textLayer: el?.querySelector('.textLayer')?.textContent ?? '',
        pageText: n <= app.pagesCount ? await textOf(n) : '',
        firstPageText: await textOf(1),
        word: w,
      };
    }, pageNumber, word);
  } catch (e) {
    return { viewer: false, url: frame.url(), error: e.message };
  }
}

/** True when the state is the viewer showing page n, with the word in that page's text layer. */
function showsPage(state, n, word) {
  return state.viewer && state.page === n && state.pageField === String(n) && state.middlePage === n
    && state.rendered && fold(state.textLayer).includes(fold(word));
}

/** Polls the viewer until it shows page n or `ms` pass; returns the last state and the time taken. */
async function awaitPage(frame, n, word, ms) {
  const start = Date.now();
  let state;
  do {
    state = await viewerState(frame, n, word);
    if (showsPage(state, n, word)) return { state, ms: Date.now() - start };
    await sleep(250);
  } while (Date.now() - start < ms);
  return { state, ms: Date.now() - start };
}

function describe(state) {
  if (!state.viewer) return `no PDF viewer in the tab (url ${state.url})`;
  return `viewer at page ${state.page}/${state.pages} (field ${state.pageField}, middle of the screen `
    + `${state.middlePage}, rendered ${state.rendered}), text layer ${JSON.stringify(state.textLayer.slice(0, 60))}`;
}

/** A local server on another origin: serves `bytes` with the headers asked, and framing pages. */
async function startProxy() {
  const routes = new Map();
  const server = http.createServer((req, res) => {
    const route = routes.get(req.url);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, route.headers).end(route.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: (path) => `http://127.0.0.1:${server.address().port}${path}`,
    route: (path, headers, body) => routes.set(path, { headers, body }),
    close: () => server.close(),
  };
}

async function fetchBytes(url) {
  const response = await fetch(url);
  expect(response.ok, `${url} answered ${response.status}`);
  return { headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

async function firstHit(query, suffix) {
  const response = await fetch(`${base}/api/search?q=${encodeURIComponent(query)}`);
  const hit = (await response.json()).hits.find((h) => h.path.endsWith(suffix));
  if (!hit) throw new Error(`no ${suffix} document found for « ${query} » in ${base}`);
  return hit;
}

/**
 * The page Chromium's viewer shows, read from the page selector of its toolbar in the extension's
 * frame (the viewer's own elements: pdf-viewer > viewer-toolbar > viewer-page-selector), or null when
 * no frame of the tab is the viewer.
 */
async function chromiumViewerPage(tab) {
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

/** Polls until Chromium's viewer shows page n or `ms` pass; the last state (null: no viewer). */
async function awaitChromiumPage(tab, n, ms) {
  const start = Date.now();
  let state = null;
  do {
    state = await chromiumViewerPage(tab);
    if (state?.page === n) break;
    await sleep(250);
  } while (Date.now() - start < ms);
  return { state, ms: Date.now() - start };
}

const describeChromium = (state, tab) => (state
  ? `viewer at page ${state.page}/${state.pages}`
  : `no PDF viewer (frames ${tab.frames().map((f) => f.url().slice(0, 50)).join(', ')})`);

const proxy = await startProxy();
const browser = await launch();
console.log(`browser: ${await browser.version()} (WebDriver BiDi, ${firefox})`);
let link = null; // {href, page, fileUrl}
let pdf = null; // {headers, body} as the server sends them

try {
  const page = await newPage(browser);

  await check('1. the « p. N » link of a result points to the original PDF at #page=N', async () => {
    await page.goto(`${base}/?q=${encodeURIComponent(pdfQuery)}`, { waitUntil: 'load' });
    const anchor = await page.waitForSelector('#results .page-link', { timeout: VIEWER_TIMEOUT_MS });
    const { text, href } = await anchor.evaluate((a) => ({ text: a.firstChild.textContent, href: a.href }));
    const match = /\/api\/documents\/[^/]+\/file#page=(\d+)$/.exec(href);
    expect(match, `href ${href} is not a /file#page=N link`);
    const n = Number(match[1]);
    expect(text.replace('\u00a0', ' ') === `p. ${n}`, `the link reads « ${text} », not « p. ${n} »`);
    expect(n > 1, `page ${n}: a viewer that ignores #page would pass too`);
    link = { href, page: n, fileUrl: href.replace(/#.*/, '') };
    return `« ${text.replace('\u00a0', ' ')} » -> ${href.replace(base, '')}`;
  });
  if (!link) throw new Error('no « p. N » link: nothing else can be checked');

  await check('2. the original file is served with the sandbox policy', async () => {
    pdf = await fetchBytes(link.fileUrl);
    const csp = pdf.headers.get('content-security-policy') ?? '';
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives.includes('sandbox'), `Content-Security-Policy « ${csp} » has no bare sandbox`);
    expect(directives.includes("frame-ancestors 'none'"), `Content-Security-Policy « ${csp} » allows framing`);
    expect(pdf.headers.get('content-type') === 'application/pdf', `type ${pdf.headers.get('content-type')}`);
    expect(pdf.headers.get('x-content-type-options') === 'nosniff', 'no nosniff');
    expect(/^inline/.test(pdf.headers.get('content-disposition') ?? ''), 'not inline');
    return `Content-Security-Policy: ${csp}; Content-Type: application/pdf; `
      + `Content-Disposition: ${pdf.headers.get('content-disposition')}`;
  });

  if (!pdf) throw new Error('the PDF could not be fetched: nothing else can be checked');
  // The controls' copies on another origin: the PDF as a download, and without frame-ancestors.
  proxy.route('/download.pdf', { ...Object.fromEntries(pdf.headers), 'content-disposition': 'attachment' }, pdf.body);
  proxy.route('/frameable.pdf', { 'content-type': 'application/pdf', 'content-security-policy': 'sandbox' }, pdf.body);

  await check(`3. clicked, the link opens Firefox's PDF viewer at that page`, async () => {
    const anchor = await page.$('#results .page-link');
    const clicked = Date.now();
    await Promise.all([page.waitForNavigation({ timeout: VIEWER_TIMEOUT_MS }).catch(() => null), anchor.click()]);
    const { state } = await awaitPage(page.mainFrame(), link.page, pdfQuery, VIEWER_TIMEOUT_MS);
    const ms = Date.now() - clicked;
    await page.screenshot({ path: `${outDir}/firefox-pdf-page-${link.page}.png` });
    expect(showsPage(state, link.page, pdfQuery), describe(state));
    allowFor(ms);
    expect(state.url === link.href, `the tab shows ${state.url}, not ${link.href}`);
    // The word is on page N and not on page 1 by pdf.js's own reading: landing on N is what shows it.
    expect(fold(state.pageText).includes(fold(pdfQuery)), `pdf.js finds no « ${pdfQuery} » on page ${link.page}`);
    expect(!fold(state.firstPageText).includes(fold(pdfQuery)), `« ${pdfQuery} » is on page 1 too`);
    return `${describe(state)}, in ${ms} ms (checks that nothing shows wait ${controlWaitMs} ms); `
      + `screenshot ${outDir}/firefox-pdf-page-${link.page}.png`;
  });

  await check('3a. control: the same PDF as a download is not seen as shown', async () => {
    const tab = await newPage(browser);
    await tab.goto(`${proxy.url('/download.pdf')}#page=${link.page}`, { timeout: 5_000 }).catch(() => null);
    const { state } = await awaitPage(tab.mainFrame(), link.page, pdfQuery, controlWaitMs);
    await tab.screenshot({ path: `${outDir}/firefox-control-download.png` });
    await tab.close();
    expect(!showsPage(state, link.page, pdfQuery), 'the check passed on a download');
    return describe(state);
  });

  await check('3b. control: Firefox with its PDF viewer turned off is not seen as showing the page', async () => {
    const noViewer = await launch({ 'pdfjs.disabled': true });
    try {
      const tab = await newPage(noViewer);
      await tab.goto(link.href, { timeout: 5_000 }).catch(() => null);
      const { state } = await awaitPage(tab.mainFrame(), link.page, pdfQuery, controlWaitMs);
      await tab.screenshot({ path: `${outDir}/firefox-control-pdfjs-disabled.png` });
      expect(!showsPage(state, link.page, pdfQuery), 'the check passed without a viewer');
      return describe(state);
    } finally {
      await noViewer.close();
    }
  });

  const htmlHit = await firstHit(htmlQuery, '.html');
  const htmlUrl = `${base}/api/documents/${htmlHit.id}/file`;
  const html = await fetchBytes(htmlUrl);
  /** What an HTML original's page shows: its origin and whether its inline script ran. */
  const scriptState = async (url) => {
    const tab = await newPage(browser);
    await tab.goto(url, { waitUntil: 'load' });
    await sleep(500);
    const state = await tab.evaluate(() => ({
      origin: window.origin, marker: document.getElementById('marker')?.textContent,
    }));
    await tab.screenshot({ path: `${outDir}/firefox-html-${url.startsWith(base) ? 'served' : 'control'}.png` });
    await tab.close();
    return state;
  };

  await check('4. an HTML original runs none of its scripts', async () => {
    const state = await scriptState(htmlUrl);
    expect(state.marker === SCRIPT_NOT_RUN, `its inline script ran (« ${state.marker} »)`);
    expect(state.origin === 'null', `origin ${state.origin}, not the sandbox's opaque one`);
    return `marker « ${state.marker} », origin ${state.origin}`;
  });

  await check('4a. control: the same HTML without the policy runs its script', async () => {
    proxy.route('/plain.html', { 'content-type': html.headers.get('content-type') }, html.body);
    const state = await scriptState(proxy.url('/plain.html'));
    expect(state.marker !== SCRIPT_NOT_RUN, 'the script did not run even without the policy');
    return `marker « ${state.marker} », origin ${state.origin}`;
  });

  /** Frames `src` from the proxy's origin; true when the frame holds a PDF viewer at page N. */
  const framedViewer = async (src, shot) => {
    proxy.route(`/frame-${shot}`, { 'content-type': 'text/html; charset=utf-8' },
      `<!doctype html><title>autre site</title><iframe src="${src}#page=${link.page}" width="900" height="700"></iframe>`);
    const tab = await newPage(browser);
    await tab.goto(proxy.url(`/frame-${shot}`), { waitUntil: 'load' });
    let state = { viewer: false, url: '(no frame)' };
    const start = Date.now();
    while (Date.now() - start < controlWaitMs) {
      const child = tab.mainFrame().childFrames()[0];
      if (child) state = await viewerState(child, link.page, pdfQuery);
      if (showsPage(state, link.page, pdfQuery)) break;
      await sleep(250);
    }
    await tab.screenshot({ path: `${outDir}/firefox-framed-${shot}.png` });
    await tab.close();
    return state;
  };

  await check('5. another site cannot frame the original file', async () => {
    const state = await framedViewer(link.fileUrl, 'served');
    expect(!showsPage(state, link.page, pdfQuery), `framed by ${proxy.url('')}: ${describe(state)}`);
    return `the frame holds ${describe(state)}`;
  });

  await check('5a. control: the same PDF without frame-ancestors is framed and shown', async () => {
    const state = await framedViewer(proxy.url('/frameable.pdf'), 'control');
    expect(showsPage(state, link.page, pdfQuery), describe(state));
    return describe(state);
  });

  if (!existsSync(chromium)) {
    console.log(`skip 6. Chromium: ${chromium} is not installed`);
  } else {
    const chrome = await puppeteer.launch({
      browser: 'chrome', executablePath: chromium, headless: true,
      // As the Selenium tests start it: root needs --no-sandbox; the network is closed, so no
      // background connections.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      console.log(`browser: ${await chrome.version()} (DevTools protocol, ${chromium})`);
      const tab = await newPage(chrome);

      await check(`6. clicked in Chromium, the link opens its PDF viewer at that page`, async () => {
        await tab.goto(`${base}/?q=${encodeURIComponent(pdfQuery)}`, { waitUntil: 'load' });
        const anchor = await tab.waitForSelector('#results .page-link', { timeout: VIEWER_TIMEOUT_MS });
        expect(await anchor.evaluate((a) => a.href) === link.href, 'Chromium got another link');
        const clicked = Date.now();
        await Promise.all([tab.waitForNavigation({ timeout: VIEWER_TIMEOUT_MS }).catch(() => null), anchor.click()]);
        const { state } = await awaitChromiumPage(tab, link.page, VIEWER_TIMEOUT_MS);
        const ms = Date.now() - clicked;
        await tab.screenshot({ path: `${outDir}/chromium-pdf-page-${link.page}.png` });
        expect(state?.page === link.page && state.pages >= link.page, describeChromium(state, tab));
        allowFor(ms);
        expect(tab.url() === link.href, `the tab shows ${tab.url()}`);
        return `${describeChromium(state, tab)}, in ${ms} ms (checks that nothing shows wait ${controlWaitMs} ms); `
          + `screenshot ${outDir}/chromium-pdf-page-${link.page}.png`;
      });

      await check('6a. control: in Chromium, the same PDF as a download is not seen as shown', async () => {
        const other = await newPage(chrome);
        await other.goto(`${proxy.url('/download.pdf')}#page=${link.page}`, { timeout: 5_000 }).catch(() => null);
        const { state } = await awaitChromiumPage(other, link.page, controlWaitMs);
        await other.close();
        expect(state?.page !== link.page, 'the check passed on a download');
        return describeChromium(state, other);
      });

      /** Frames `src` from the proxy's origin in Chromium; the viewer state inside (null: none). */
      const chromiumFramed = async (src, shot) => {
        const other = await newPage(chrome);
        proxy.route(`/frame-${shot}`, { 'content-type': 'text/html; charset=utf-8' },
          `<!doctype html><title>autre site</title><iframe src="${src}#page=${link.page}" width="900" height="700"></iframe>`);
        await other.goto(proxy.url(`/frame-${shot}`), { waitUntil: 'load' });
        const { state } = await awaitChromiumPage(other, link.page, controlWaitMs);
        await other.screenshot({ path: `${outDir}/chromium-framed-${shot}.png` });
        const frames = other.frames().map((f) => f.url().slice(0, 50)).join(', ');
        await other.close();
        return { state, frames };
      };

      await check('6b. in Chromium, another site cannot frame the original file', async () => {
        const { state, frames } = await chromiumFramed(link.fileUrl, 'served');
        expect(state?.page !== link.page, `framed by ${proxy.url('')}: viewer at page ${state?.page}`);
        return `no viewer in the frame (frames ${frames})`;
      });

      await check('6c. control: in Chromium, the same PDF without frame-ancestors is framed and shown', async () => {
        const { state, frames } = await chromiumFramed(proxy.url('/frameable.pdf'), 'control');
        expect(state?.page === link.page, `no viewer at page ${link.page} (frames ${frames})`);
        return `viewer at page ${state.page}/${state.pages}`;
      });
    } finally {
      await chrome.close();
    }
  }
} finally {
  await browser.close();
  proxy.close();
}

const passed = results.filter(Boolean).length;
console.log(`firefox-pdf: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length && results.length > 0 ? 0 : 1);
