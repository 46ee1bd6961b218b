// Browser check of the original files served by /api/documents/{id}/file (reliability issue: "the
// sandbox CSP on /file must not stop browsers' PDF viewers"), against a running santekb server.
// Drives Debian's firefox-esr through WebDriver BiDi (puppeteer-core, no geckodriver):
//   1. the « p. N » link of a search result points to the original file at #page=N (N > 1);
//   2. that file is served with the sandbox policy, frame-ancestors 'none' and nosniff;
//   3. clicked as a user would, the link opens Firefox's viewer (pdf.js) at page N: the viewer's page
//      number, the page in the middle of the screen and its text layer (which holds the query word);
//   4. an HTML original runs none of its scripts (opaque origin) under the same policy;
//   5. another site cannot frame an original file;
//   6. when Chromium is installed (CHROMIUM, default /usr/bin/chromium), the same in its viewer.
// Each check has a control that must make it fail, so a check that cannot fail is noticed: the same
// PDF served as a download, Firefox with its PDF viewer turned off, the HTML and the PDF served by a
// local server on another origin without the policy. Ends with "firefox-pdf: N passed, M failed".
// Usage: node check-pdf-viewer.mjs BASE_URL PDF_QUERY HTML_QUERY OUT_DIR   (see check-pdf-viewer.sh)
import { existsSync, mkdirSync } from 'node:fs';
import { chromiumChecks } from './chromium-checks.mjs';
import { firefoxChecks, launchFirefox } from './firefox-checks.mjs';
import { Checks, expect, fetchBytes, newTab, startProxy } from './harness.mjs';

const [base, pdfQuery, htmlQuery, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node check-pdf-viewer.mjs BASE_URL PDF_QUERY HTML_QUERY OUT_DIR');
  process.exit(2);
}
const firefoxPath = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
mkdirSync(outDir, { recursive: true });

/**
 * viewer: upper bound for a viewer to show a page (the time it took is printed). nothing: how long
 * a check waits for what must not show (a viewer in a download, in a frame): five times what the
 * real viewer took in that browser and at least 5 s, so that "not shown" is not "not yet".
 */
const waits = {
  viewer: 30_000,
  nothing: 5_000,
  allowFor(viewerMs) { this.nothing = Math.max(5_000, 5 * viewerMs); },
};
const checks = new Checks();
const proxy = await startProxy();
const firefox = await launchFirefox(firefoxPath);
console.log(`browser: ${await firefox.version()} (WebDriver BiDi, ${firefoxPath})`);

try {
  const searchTab = await newTab(firefox);
  let link = null;
  await checks.run('1. the « p. N » link of a result points to the original PDF at #page=N', async () => {
    await searchTab.goto(`${base}/?q=${encodeURIComponent(pdfQuery)}`, { waitUntil: 'load' });
    const anchor = await searchTab.waitForSelector('#results .page-link', { timeout: waits.viewer });
    const { text, href } = await anchor.evaluate((a) => ({ text: a.firstChild.textContent, href: a.href }));
    const match = /\/api\/documents\/[^/]+\/file#page=(\d+)$/.exec(href);
    expect(match, `href ${href} is not a /file#page=N link`);
    const n = Number(match[1]);
    const seen = text.replace('\u00a0', ' ');
    expect(seen === `p. ${n}`, `the link reads « ${seen} », not « p. ${n} »`);
    expect(n > 1, `page ${n}: a viewer that ignores #page would pass too`);
    link = { href, page: n, fileUrl: href.replace(/#.*/, '') };
    return `« ${seen} » -> ${href.replace(base, '')}`;
  });
  if (!link) throw new Error('no « p. N » link: nothing else can be checked');

  const pdf = await fetchBytes(link.fileUrl);
  await checks.run('2. the original file is served with the sandbox policy', async () => {
    const header = (name) => pdf.headers.get(name) ?? '';
    const csp = header('content-security-policy');
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives.includes('sandbox'), `Content-Security-Policy « ${csp} » has no bare sandbox`);
    expect(directives.includes("frame-ancestors 'none'"), `Content-Security-Policy « ${csp} » allows framing`);
    expect(header('content-type') === 'application/pdf', `type ${header('content-type')}`);
    expect(header('x-content-type-options') === 'nosniff', 'no nosniff');
    expect(header('content-disposition').startsWith('inline'), `not inline: ${header('content-disposition')}`);
    return `Content-Security-Policy: ${csp}; Content-Type: ${header('content-type')}; `
      + `Content-Disposition: ${header('content-disposition')}`;
  });

  const htmlHit = (await (await fetch(`${base}/api/search?q=${encodeURIComponent(htmlQuery)}`)).json())
    .hits.find((h) => h.path.endsWith('.html'));
  if (!htmlHit) throw new Error(`no HTML document found for « ${htmlQuery} »`);
  const htmlUrl = `${base}/api/documents/${htmlHit.id}/file`;
  const html = await fetchBytes(htmlUrl);
  // The controls' copies on the proxy's origin: the PDF as a download or without frame-ancestors,
  // the HTML without any policy.
  proxy.route('/download.pdf', { ...Object.fromEntries(pdf.headers), 'content-disposition': 'attachment' }, pdf.body);
  proxy.route('/frameable.pdf', { 'content-type': 'application/pdf', 'content-security-policy': 'sandbox' }, pdf.body);
  proxy.route('/plain.html', { 'content-type': html.headers.get('content-type') }, html.body);

  const ctx = { base, firefoxPath, checks, proxy, link, htmlUrl, pdfQuery, outDir, waits };
  await firefoxChecks(ctx, firefox, searchTab);
  if (existsSync(chromiumPath)) {
    await chromiumChecks(ctx, chromiumPath);
  } else {
    console.log(`skip 6. Chromium: ${chromiumPath} is not installed`);
  }
} catch (e) {
  await checks.run('the check itself', () => { throw e; });
} finally {
  await firefox.close();
  proxy.close();
}
process.exit(checks.summary('firefox-pdf') ? 0 : 1);
