// Check 6, in Chromium driven through the DevTools protocol: the same « p. N » link opens its
// viewer at page N (the Selenium test ContentSecurityPolicyBrowserTest only sees that the viewer
// started), and no other site frames the file; each with its control.
import puppeteer from 'puppeteer-core';
import { expect, framingPage, newTab } from './harness.mjs';
import { awaitChromiumPage, describeChromium } from './pdf-viewers.mjs';

/** Runs the checks in the Chromium at `chromiumPath` (ctx as for firefoxChecks). */
export async function chromiumChecks(ctx, chromiumPath) {
  const { base, checks, proxy, link, pdfQuery, outDir, waits } = ctx;
  const chrome = await puppeteer.launch({
    browser: 'chrome', executablePath: chromiumPath, headless: true,
    // As the Selenium tests start it: root needs --no-sandbox; the network is closed, so no
    // background connections.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    console.log(`browser: ${await chrome.version()} (DevTools protocol, ${chromiumPath})`);

    await checks.run('6. clicked in Chromium, the link opens its PDF viewer at that page', async () => {
      const tab = await newTab(chrome);
      await tab.goto(`${base}/?q=${encodeURIComponent(pdfQuery)}`, { waitUntil: 'load' });
      const anchor = await tab.waitForSelector('#results .page-link', { timeout: waits.viewer });
      expect(await anchor.evaluate((a) => a.href) === link.href, 'Chromium got another link');
      const clicked = Date.now();
      await Promise.all([tab.waitForNavigation({ timeout: waits.viewer }).catch(() => null), anchor.click()]);
      const state = await awaitChromiumPage(tab, link.page, waits.viewer);
      const ms = Date.now() - clicked;
      const shot = `${outDir}/chromium-pdf-page-${link.page}.png`;
      await tab.screenshot({ path: shot });
      expect(state?.page === link.page && state.pages >= link.page, describeChromium(state, tab));
      waits.allowFor(ms);
      expect(tab.url() === link.href, `the tab shows ${tab.url()}`);
      return `${describeChromium(state, tab)}, in ${ms} ms (checks that nothing shows wait ${waits.nothing} ms); `
        + `screenshot ${shot}`;
    });

    /** What Chromium shows of `url` (directly, or framed by the proxy's origin) after waiting. */
    const opened = async (url, shot) => {
      const tab = await newTab(chrome);
      await tab.goto(url, { timeout: 5_000 }).catch(() => null); // a download never ends its navigation
      const state = await awaitChromiumPage(tab, link.page, waits.nothing);
      if (shot) await tab.screenshot({ path: `${outDir}/${shot}` });
      const description = describeChromium(state, tab);
      await tab.close();
      return { state, description };
    };
    const framing = (src, name) => {
      proxy.route(`/chromium-frame-${name}`, { 'content-type': 'text/html; charset=utf-8' },
        framingPage(`${src}#page=${link.page}`));
      return proxy.url(`/chromium-frame-${name}`);
    };

    await checks.run('6a. control: in Chromium, the same PDF as a download is not seen as shown', async () => {
      const { state, description } = await opened(`${proxy.url('/download.pdf')}#page=${link.page}`);
      expect(state?.page !== link.page, 'the check passed on a download');
      return description;
    });

    await checks.run('6b. in Chromium, another site cannot frame the original file', async () => {
      const { state, description } = await opened(framing(link.fileUrl, 'served'), 'chromium-framed-served.png');
      expect(state === null, `framed by ${proxy.url('')}: ${description}`);
      return description;
    });

    await checks.run('6c. control: in Chromium, the same PDF without frame-ancestors is framed and shown', async () => {
      const { state, description } = await opened(framing(proxy.url('/frameable.pdf'), 'control'),
        'chromium-framed-control.png');
      expect(state?.page === link.page, description);
      return description;
    });
  } finally {
    await chrome.close();
  }
}
