// Shared browser setup for axe-check.mjs and screenshot.mjs.
//
// Launches Debian's Chromium (not a Playwright-downloaded build) headless, with
// the flags that keep it off the network, and opens pages that may load file:
// URLs only: every other request is aborted and recorded, because the HTML
// export must be one self-contained file.
//
// Playwright's plain launch() gives Chromium a new temporary profile
// (--user-data-dir) of its own and deletes it on close; passing
// --user-data-dir in args is refused by Playwright, so it is not done here.

import { access, constants, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root on CI
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const WIDTHS = [360, 1280];
const VIEWPORT_HEIGHT = 800;
const TIMEOUT_MS = 30_000;

/** Launches Chromium; throws with a hint when it cannot. */
export async function launchBrowser() {
  try {
    await access(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM, or run tools/a11y/install.sh)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: TIMEOUT_MS,
  });
}

/** file:// URL of a local path, after checking that it is a readable file. */
export async function fileUrlOf(path) {
  const absolute = resolve(path);
  await access(absolute, constants.R_OK); // throws ENOENT/EACCES with the path
  if (!(await stat(absolute)).isFile()) throw new Error(`not a regular file: ${absolute}`);
  return pathToFileURL(absolute).href;
}

/**
 * Opens a page at the given viewport width in a context of its own.
 * Requests to file: URLs go through; all others (http, https, ws, ...) are
 * aborted. Every request except the main document's own is recorded in
 * `requests` as { url, blocked }, so the caller can fail on any of them.
 */
export async function openPage(browser, width) {
  const context = await browser.newContext({
    viewport: { width, height: VIEWPORT_HEIGHT },
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(TIMEOUT_MS);
  const requests = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    const isDocument = request.isNavigationRequest() && request.frame().parentFrame() === null;
    if (url.startsWith('file:')) {
      if (!isDocument) requests.push({ url, blocked: false });
      await route.continue();
    } else {
      requests.push({ url, blocked: true });
      await route.abort('blockedbyclient');
    }
  });
  await context.routeWebSocket(/.*/, (ws) => {
    requests.push({ url: ws.url(), blocked: true });
    ws.close({ code: 1008, reason: 'blocked by minutes4j a11y harness' });
  });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return { context, page, requests, pageErrors };
}

/** Navigates to a file: URL and fails unless the document itself loaded. */
export async function loadFile(page, url) {
  const response = await page.goto(url, { waitUntil: 'load' });
  // Chromium answers file: navigations without an HTTP status; an error page
  // (missing file, directory, ...) makes goto throw net::ERR_* instead.
  if (response && !response.ok() && response.status() !== 0) {
    throw new Error(`loading ${url} gave status ${response.status()}`);
  }
  if (page.url() !== url) {
    throw new Error(`loading ${url} ended at ${page.url()}`);
  }
}
