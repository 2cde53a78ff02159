/** Records what a page does that a user would not want: errors, CSP violations, dialogs, foreign requests. */
import type { Page } from '@playwright/test';

export interface Watch {
  consoleErrors: string[];
  cspViolations: string[];
  dialogs: string[];
  foreignRequests: string[];
  /** Reads CSP violations the page recorded (call after the page has loaded). */
  collect(): Promise<void>;
}

export async function watch(page: Page): Promise<Watch> {
  const w: Watch = {
    consoleErrors: [],
    cspViolations: [],
    dialogs: [],
    foreignRequests: [],
    async collect() {
      const found = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      w.cspViolations.push(...found);
    },
  };
  await page.addInitScript(() => {
    const list: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.consoleErrors.push(String(e)));
  page.on('dialog', async (d) => {
    w.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('request', (r) => {
    // A blob: URL is made by the page itself; its origin is the page's (`blob:http://localhost:…/<uuid>`).
    const host = new URL(r.url().replace(/^blob:/, '')).hostname;
    if (!['localhost', '127.0.0.1'].includes(host) && !r.url().startsWith('data:'))
      w.foreignRequests.push(r.url());
  });
  return w;
}
