/** Shared by the hostile specs: the fixture's strings, a trap for payloads that run, and checks that nothing did. */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Watch } from './watch.ts';
import { parseCsv } from './csv.ts';

const FIXTURE = 'e2e/fixtures/hostile';

/** A file of the hostile fixture, parsed. */
export const fixture = (file: string): any => JSON.parse(readFileSync(`${FIXTURE}/${file}`, 'utf8'));

/** The payloads the fixture's strings are made of (see its README). */
export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(2)</script>',
  '<svg onload=alert(3)>',
  '" onmouseover="alert(4)" x="',
];

/** The 10,000-character mahalla name (it starts with a payload). */
export const LONG: string = fixture('places.json').places.find((p: { id: string }) => p.id === 'h.d.m2')
  .names['uz-Latn'];

/**
 * Flags any payload that runs: alert, confirm and prompt push to `window.__pwned` (and still
 * open their dialog, which the watcher records), and so does an `error` event of an element,
 * such as an injected `<img src=x>`, whatever became of its handler.
 */
export async function trap(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __pwned: string[] };
    w.__pwned = [];
    for (const name of ['alert', 'confirm', 'prompt']) {
      const original = w[name] as (...a: unknown[]) => unknown;
      w[name] = (...args: unknown[]) => {
        w.__pwned.push(`${name}(${args.join(',')})`);
        return original.apply(window, args);
      };
    }
    window.addEventListener(
      'error',
      (e) => {
        if (e.target instanceof Element) w.__pwned.push(`error event on <${e.target.tagName.toLowerCase()}>`);
      },
      true,
    );
  });
}

/** Elements a payload would have made: event-handler attributes, injected images, inline scripts, `javascript:` links, frames. */
export function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter(
        (el) =>
          [...el.attributes].some(
            (a) =>
              a.name.startsWith('on') ||
              (/^(href|src|action|formaction|xlink:href)$/.test(a.name) && /^\s*javascript:/i.test(a.value)),
          ) || el.matches('img[src="x"], b, script:not([src]), iframe, object, embed, [srcdoc]'),
      )
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/**
 * Nothing ran: no trapped call, no dialog, no CSP violation, no error, no injected element.
 * `allow404` lets through the browser's report of a 404 response (the not-found page's own status, a favicon).
 */
export async function expectInert(page: Page, w: Watch, allow404 = false): Promise<void> {
  await w.collect();
  expect(await page.evaluate(() => (window as unknown as { __pwned: string[] }).__pwned)).toEqual([]);
  expect(w.dialogs).toEqual([]);
  expect(w.cspViolations).toEqual([]);
  expect(w.consoleErrors.filter((e) => !(allow404 && e.includes('status of 404')))).toEqual([]);
  expect(await injectedElements(page)).toEqual([]);
}

/** Every element's own text, trimmed and without the bidi isolates names are wrapped in. */
export function texts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')].map((el) =>
      (el.textContent ?? '').replace(/^\u2068|\u2069$/g, '').trim(),
    ),
  );
}

/** Every cell of a CSV, row after row. */
export const csvCells = (text: string): string[] => parseCsv(text).flat();
