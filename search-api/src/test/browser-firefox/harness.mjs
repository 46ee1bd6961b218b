// What the browser checks share: named checks counted into a closing line, a local server on
// another origin for the controls, small helpers.
import http from 'node:http';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Text compared without regard to case or Unicode composition (French accents). */
export const fold = (s) => s.normalize('NFC').toLocaleLowerCase('fr');

/** Throws `message` when `condition` is false: the failure of the check that calls it. */
export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Named checks run in turn; each prints one line, and `summary` the closing count. */
export class Checks {
  #results = [];

  /** Runs one check; a thrown error is its failure, with the reason. Returns whether it passed. */
  async run(name, body) {
    try {
      const detail = await body();
      this.#results.push(true);
      console.log(`ok   ${name}${detail ? `: ${detail}` : ''}`);
      return true;
    } catch (e) {
      this.#results.push(false);
      console.log(`FAIL ${name}: ${e.message}`);
      return false;
    }
  }

  /** Prints "label: N passed, M failed"; true when at least one check ran and none failed. */
  summary(label) {
    const passed = this.#results.filter(Boolean).length;
    console.log(`${label}: ${passed} passed, ${this.#results.length - passed} failed`);
    return passed === this.#results.length && passed > 0;
  }
}

/**
 * A local server on 127.0.0.1 and its own port, so another origin than the server checked: serves
 * the bodies and headers registered with `route` (copies of the files, framing pages).
 */
export async function startProxy() {
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

/** A page of another site that shows `src` in a frame. */
export function framingPage(src) {
  return `<!doctype html><title>autre site</title><iframe src="${src}" width="900" height="700"></iframe>`;
}

/** The response's headers and body; a status other than 2xx is an error. */
export async function fetchBytes(url) {
  const response = await fetch(url);
  expect(response.ok, `${url} answered ${response.status}`);
  return { headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** A browser tab of 1000 × 900 CSS pixels. */
export async function newTab(browser) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 900 });
  return tab;
}
