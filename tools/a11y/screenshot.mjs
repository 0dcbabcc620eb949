#!/usr/bin/env node
// Full-page screenshots of an HTML file in Debian's Chromium.
//
// usage: node screenshot.mjs IN.html OUT_PREFIX
//
// Writes OUT_PREFIX-360.png and OUT_PREFIX-1280.png (viewport widths 360 and
// 1280). Requests other than file: URLs are blocked and listed.
// Exit status: 0 written; 2 usage error, launch error or the file could not
// be loaded.

import { WIDTHS, fileUrlOf, launchBrowser, loadFile, openPage } from './browser.mjs';

const [input, prefix, ...rest] = process.argv.slice(2);
if (!input || !prefix || rest.length > 0) {
  console.error('usage: node screenshot.mjs IN.html OUT_PREFIX');
  process.exit(2);
}

let browser;
try {
  const url = await fileUrlOf(input);
  browser = await launchBrowser();
  for (const width of WIDTHS) {
    const { context, page, requests } = await openPage(browser, width);
    try {
      await loadFile(page, url);
      const out = `${prefix}-${width}.png`;
      await page.screenshot({ path: out, fullPage: true });
      console.log(`screenshot: ${out}`);
      for (const r of requests) {
        console.log(`  request ${r.blocked ? 'blocked' : 'to a local file'}: ${r.url}`);
      }
    } finally {
      await context.close().catch(() => {});
    }
  }
} catch (error) {
  console.error(`screenshot: ${String(error.message).split('\n')[0]}`);
  process.exitCode = 2;
} finally {
  await browser?.close().catch(() => {});
}
