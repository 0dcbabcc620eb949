#!/usr/bin/env node
// Checks HTML files with axe-core in Debian's Chromium.
//
// usage: node axe-check.mjs FILE.html [FILE.html ...]
//
// Each file is opened as a file: URL at viewport widths 360 and 1280 and
// checked with the rule tags wcag2a, wcag2aa, wcag21a, wcag21aa and
// best-practice. A file fails when axe reports a violation at either width,
// or when the page tries to fetch anything besides itself (the export must be
// self-contained: non-file requests are blocked, and counted either way).
//
// Exit status: 0 all files clean; 1 a file has violations or made requests;
// 2 usage error, Chromium could not be launched, or a file could not be
// loaded or checked. The last line is always "axe: N passed, M failed" once
// files were given.

import AxeBuilder from '@axe-core/playwright';
import { WIDTHS, fileUrlOf, launchBrowser, loadFile, openPage } from './browser.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const SNIPPET_MAX = 300;

function usage() {
  console.error('usage: node axe-check.mjs FILE.html [FILE.html ...]');
  process.exit(2);
}

const files = process.argv.slice(2);
if (files.length === 0 || files.some((f) => f === '-h' || f === '--help' || f.startsWith('--'))) {
  usage();
}

let browser;
try {
  browser = await launchBrowser();
} catch (error) {
  console.error(`axe: cannot launch Chromium: ${error.message}`);
  console.log(`axe: 0 passed, ${files.length} failed`);
  process.exit(2);
}

let passed = 0;
let failed = 0;
let errors = 0;
try {
  for (const file of files) {
    const verdict = await checkFile(browser, file);
    if (verdict === 'pass') passed++;
    else failed++;
    if (verdict === 'error') errors++;
  }
} finally {
  await browser.close().catch(() => {});
}
console.log(`axe: ${passed} passed, ${failed} failed`);
process.exit(errors > 0 ? 2 : failed > 0 ? 1 : 0);

/** Returns 'pass', 'fail' (violations or requests) or 'error' (not checkable). */
async function checkFile(browser, file) {
  let url;
  try {
    url = await fileUrlOf(file);
  } catch (error) {
    console.log(`ERROR ${file}: cannot read: ${error.message}`);
    return 'error';
  }

  // rule id -> { rule, widths: Set, nodes: Map(key -> {target, html, summary, widths: Set}) }
  const violations = new Map();
  const requests = new Map(); // url -> blocked
  const pageErrors = new Set();
  let incomplete = 0;
  for (const width of WIDTHS) {
    const opened = await openPage(browser, width);
    try {
      await loadFile(opened.page, url);
      const results = await new AxeBuilder({ page: opened.page }).withTags(TAGS).analyze();
      incomplete = Math.max(incomplete, results.incomplete.length);
      for (const rule of results.violations) merge(violations, rule, width);
    } catch (error) {
      console.log(`ERROR ${file} at width ${width}: ${firstLine(error.message)}`);
      return 'error';
    } finally {
      for (const r of opened.requests) requests.set(r.url, r.blocked);
      for (const e of opened.pageErrors) pageErrors.add(e);
      await opened.context.close().catch(() => {});
    }
  }

  const nodeCount = [...violations.values()].reduce((n, v) => n + v.nodes.size, 0);
  const ok = violations.size === 0 && requests.size === 0;
  console.log(
    `${ok ? 'PASS' : 'FAIL'} ${file}: ${violations.size} violation(s) on ${nodeCount} node(s), ` +
      `${requests.size} resource request(s), ${incomplete} to review by hand (axe "incomplete"), ` +
      `widths ${WIDTHS.join(' and ')}`,
  );
  for (const { rule, widths, nodes } of violations.values()) {
    console.log(`  ${rule.id} [${rule.impact ?? 'n/a'}] ${rule.help} (width ${[...widths].join(', ')})`);
    console.log(`    ${rule.helpUrl}`);
    for (const node of nodes.values()) {
      const where = node.widths.size === widths.size ? '' : ` (width ${[...node.widths].join(', ')})`;
      console.log(`    - ${node.target}${where}`);
      console.log(`      ${node.html}`);
      if (node.summary) console.log(`      ${node.summary}`);
    }
  }
  for (const [requestUrl, blocked] of requests) {
    console.log(`  request ${blocked ? 'blocked' : 'to a local file'}: ${requestUrl}`);
  }
  for (const message of pageErrors) console.log(`  page error: ${firstLine(message)}`);
  return ok ? 'pass' : 'fail';
}

function merge(violations, rule, width) {
  let entry = violations.get(rule.id);
  if (!entry) {
    entry = { rule, widths: new Set(), nodes: new Map() };
    violations.set(rule.id, entry);
  }
  entry.widths.add(width);
  for (const node of rule.nodes) {
    const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' , ');
    const html = oneLine(node.html);
    const key = `${target}\n${html}`;
    let n = entry.nodes.get(key);
    if (!n) {
      const summary = oneLine(
        String(node.failureSummary ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line && !/^Fix (any|all) of the following:$/i.test(line))
          .join('; '),
      );
      n = { target, html, summary, widths: new Set() };
      entry.nodes.set(key, n);
    }
    n.widths.add(width);
  }
}

function oneLine(text) {
  const s = String(text).replace(/\s+/g, ' ').trim();
  return s.length > SNIPPET_MAX ? `${s.slice(0, SNIPPET_MAX)}...` : s;
}

function firstLine(text) {
  return String(text).split('\n')[0];
}
