/**
 * A static site crawled in a real headless Chromium, as a reader opens a downloaded copy: every
 * page reachable from its home page, once on a desktop and once on a phone, each fault counted
 * (broken links, requests outside the folder, axe-core, html-validate, overflow on a phone, words
 * split in table cells, a stylesheet the CSP refused, an image that did not load). The website's and the portfolio's tests share it.
 */
import { HtmlValidate } from 'html-validate';
import type { Page, Request, Route } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { axeViolations, onDesktopAndPhone } from './browser.js';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

export interface Crawl {
  pages: string[];
  brokenLinks: string[];
  outside: string[];
  axe: string[];
  invalid: string[];
  overflow: string[];
  /** Words a table cell breaks across two lines on a 1280 px desktop (« Vigilanc/e »). */
  splitWords: string[];
  unstyled: string[];
  /** Every image of every page, as the desktop loaded it: a `naturalWidth` of 0 is an image that did not load. */
  images: { page: string; src: string; alt: string; naturalWidth: number }[];
  external: Set<string>;
  feedEntries: number;
}

/**
 * Crawls the site from its home page, opening each page once, on a page whose context obeys the CSP: its
 * requests; on a desktop its links, its stylesheet and axe-core; on a phone its width (the same document,
 * resized). html-validate reads each file as written, beside the browser's work. The page may serve
 * several crawls in turn: each refuses and counts what lies outside its own site.
 */
export async function crawl(page: Page, site: string, { feed = true }: { feed?: boolean } = {}): Promise<Crawl> {
  const rootUrl = pathToFileURL(`${site}/`).href;
  const result: Crawl = {
    pages: [],
    brokenLinks: [],
    outside: [],
    axe: [],
    invalid: [],
    overflow: [],
    splitWords: [],
    unstyled: [],
    images: [],
    external: new Set(),
    feedEntries: 0,
  };
  // Anything outside the site's folder is counted and refused.
  const refuseOutside = (route: Route): Promise<void> => {
    const url = route.request().url();
    if (url.startsWith(rootUrl)) return route.continue();
    result.outside.push(url);
    return route.abort();
  };
  // A request the CSP blocks never reaches the route, but it is still announced here.
  const announce = (request: Request): void =>
    void (request.url().startsWith(rootUrl) || request.url().startsWith('data:')
      ? undefined
      : result.outside.push(request.url()));
  await page.context().route('**/*', refuseOutside);
  page.on('request', announce);
  try {
    await visitAll(page, rootUrl, result, feed);
  } finally {
    await page.context().unroute('**/*', refuseOutside);
    page.off('request', announce);
  }
  return result;
}

/** Visits every page reachable from the home page, then reads the feed. */
async function visitAll(page: Page, rootUrl: string, result: Crawl, feed: boolean): Promise<void> {
  const relative = (url: string): string => url.slice(rootUrl.length);
  const validations: Promise<void>[] = [];
  const html = new Map<string, string>();
  const read = (path: string): string => {
    if (!html.has(path)) html.set(path, readFileSync(path, 'utf8'));
    return html.get(path)!;
  };

  const queue = [`${rootUrl}index.html`];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = queue.shift()!;
    result.pages.push(relative(url));
    await page.goto(url);
    const file = fileURLToPath(url);
    const validation = validator.validateString(read(file), file).then((report) => {
      for (const message of report.results.flatMap((entry) => entry.messages))
        result.invalid.push(`${relative(url)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    });
    validation.catch(() => undefined);
    validations.push(validation);
    await onDesktopAndPhone(
      page,
      async () => {
        // The links, and the stylesheet, which is the site's own file: the CSP must let it apply even from a disk.
        // The images too: the page's load event has waited for them.
        const { links, border, images } = await page.evaluate(() => ({
          links: [...document.querySelectorAll('a[href]')].map((anchor) => (anchor as HTMLAnchorElement).href),
          images: [...document.images].map((image) => ({
            src: image.src,
            alt: image.alt,
            naturalWidth: image.complete ? image.naturalWidth : 0,
          })),
          border: (() => {
            const header = document.querySelector('header.site');
            return header ? getComputedStyle(header).borderTopWidth : null;
          })(),
        }));
        if (border !== '6px') result.unstyled.push(url);
        for (const image of images)
          result.images.push({
            page: relative(url),
            ...image,
            src: image.src.startsWith(rootUrl) ? relative(image.src) : image.src,
          });
        for (const link of links) {
          if (!link.startsWith(rootUrl)) {
            result.external.add(link);
            continue;
          }
          const [target, anchor] = link.split('#') as [string, string?];
          const path = fileURLToPath(target);
          if (!existsSync(path)) {
            result.brokenLinks.push(`${relative(url)} → ${relative(link)}`);
            continue;
          }
          if (anchor && path.endsWith('.html') && !read(path).includes(`id="${decodeURIComponent(anchor)}"`))
            result.brokenLinks.push(`${relative(url)} → ${relative(link)}`);
          if (target.endsWith('.html') && !seen.has(target)) {
            seen.add(target);
            queue.push(target);
          }
        }
        // Each word of each table cell, measured as rendered: its boxes all sit on one line. A compound may
        // wrap after its hyphen (« Val-de- / Marne »), as typography allows; never between two letters.
        const split = await page.evaluate(() => {
          const found: string[] = [];
          for (const cell of document.querySelectorAll('td, th')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const match of (node.textContent ?? '').matchAll(/[^\s\-\u2010]+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set(
                  [...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.bottom)),
                );
                if (lines.size > 1) found.push(match[0]);
              }
            }
          }
          return found;
        });
        for (const word of split) result.splitWords.push(`${relative(url)}: ${word}`);
        for (const { id, nodes } of await axeViolations(page))
          result.axe.push(`${relative(url)}: ${id} ${JSON.stringify(nodes.slice(0, 2).map((node) => node.target))}`);
      },
      async () => {
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (widths.scroll > widths.client)
          result.overflow.push(`${relative(url)}: ${widths.scroll} > ${widths.client}`);
      },
    );
  }
  // The Atom feed, where the site has one: well-formed XML as the browser's own parser reads it.
  if (feed) {
    await page.goto(`${rootUrl}feed.xml`);
    result.feedEntries = await page.evaluate(() =>
      document.querySelector('parsererror') ? -1 : document.getElementsByTagName('entry').length,
    );
  }
  await Promise.all(validations);
}
