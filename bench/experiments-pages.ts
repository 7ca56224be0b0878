import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './log-tail-support';

/*
 * The page machinery the experiments and lineage benches share (the metrics dashboard's, made
 * reusable): each page is one esbuild bundle opened from file:// in Debian's chromium; the console
 * and its peer alternate, each run in a fresh tab, after one warm-up of each.
 */

/** Bundles `bench/<entry>` with its CSS into `dir` and writes the page that loads it (plus `style`); returns its file:// URL. */
export async function bundlePage(dir: string, entry: string, name: string, style = ''): Promise<string> {
  await build({
    entryPoints: [join(__dirname, entry)],
    bundle: true,
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(dir, `${name}.js`),
    logLevel: 'error',
  });
  const html = join(dir, `${name}.html`);
  // Classic scripts: a page opened from file:// cannot load modules.
  writeFileSync(html, `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>${name}</title><link rel="stylesheet" href="${name}.css">${style ? `<style>${style}</style>` : ''}</head><body><div id="root"></div><script src="${name}.js"></script></body></html>`);
  return pathToFileURL(html).href;
}

export interface PagePair {
  console: string;
  peer: string;
}

/** One fresh tab on `url`, measured; an error the page threw (or logged) fails the run. */
async function measureTab<T>(browser: Browser, url: string, measure: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    await page.goto(url);
    const result = await measure(page);
    if (errors.length > 0) throw new Error(`${url}: ${errors.join('; ')}`);
    return result;
  } finally {
    await page.close();
  }
}

/**
 * Bundles both pages, then measures each `runs` times, alternating, each in a fresh tab, after one
 * warm-up of each (the first page pays for chromium's own start-up). Returns every run's figures per side.
 */
export async function alternatePages<T>(prefix: string, entries: PagePair, runs: number, measure: (page: Page) => Promise<T>): Promise<{ console: T[]; peer: T[] }> {
  const dir = mkdtempSync(join(tmpdir(), `sagedeck-bench-${prefix}-`));
  const browser = await chromium.launch({ executablePath: process.env.SAGEDECK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    const urls = { console: await bundlePage(dir, entries.console, 'console'), peer: await bundlePage(dir, entries.peer, 'peer') };
    await measureTab(browser, urls.console, measure);
    await measureTab(browser, urls.peer, measure);
    const results: { console: T[]; peer: T[] } = { console: [], peer: [] };
    for (let run = 0; run < runs; run++) {
      results.console.push(await measureTab(browser, urls.console, measure));
      results.peer.push(await measureTab(browser, urls.peer, measure));
    }
    return results;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
