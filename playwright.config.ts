// End-to-end tests run Debian's Chromium (Playwright cannot download browsers here);
// CHROMIUM_PATH points elsewhere on other machines. Both sites are built by `npm run test:e2e`.
// E2E_DEMO_DIR/E2E_DEMO_PORT (and E2E_HOSTILE_*) let several checkouts or builds be tested side by side.
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const demoPort = Number(process.env.E2E_DEMO_PORT || 4321);
const hostilePort = Number(process.env.E2E_HOSTILE_PORT || 4322);
export const DEMO = `http://localhost:${demoPort}`;
export const HOSTILE = `http://localhost:${hostilePort}`;
export const DEMO_DIR = process.env.E2E_DEMO_DIR || 'dist';
export const HOSTILE_DIR = process.env.E2E_HOSTILE_DIR || '.build/hostile';
/** The demo built with BOUNDARIES=none: maps must say boundaries are not installed. */
const noboundsPort = Number(process.env.E2E_NOBOUNDS_PORT || 4323);
export const NOBOUNDS = `http://localhost:${noboundsPort}`;
export const NOBOUNDS_DIR = process.env.E2E_NOBOUNDS_DIR || '.build/map-nobounds';
/** The demo served by Debian's nginx with the README's configuration (CI installs nginx; elsewhere its tests skip). */
const nginxPort = Number(process.env.E2E_NGINX_PORT || 4324);
export const NGINX = `http://127.0.0.1:${nginxPort}`;
export const HAS_NGINX = existsSync(process.env.NGINX_PATH || '/usr/sbin/nginx');

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
  webServer: [
    {
      command: `node src/cli/serve.ts --dir ${DEMO_DIR} --port ${demoPort}`,
      url: `${DEMO}/uz/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node src/cli/serve.ts --dir ${HOSTILE_DIR} --port ${hostilePort}`,
      url: `${HOSTILE}/uz/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node src/cli/serve.ts --dir ${NOBOUNDS_DIR} --port ${noboundsPort}`,
      url: `${NOBOUNDS}/uz/`,
      reuseExistingServer: !process.env.CI,
    },
    ...(HAS_NGINX
      ? [
          {
            command: `node src/cli/nginx.ts --dir ${DEMO_DIR} --port ${nginxPort}`,
            url: `${NGINX}/uz/`,
            reuseExistingServer: !process.env.CI,
          },
        ]
      : []),
  ],
});
