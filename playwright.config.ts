// End-to-end tests run Debian's Chromium (Playwright cannot download browsers here);
// CHROMIUM_PATH points elsewhere on other machines. Both sites are built by `npm run test:e2e`.
import { defineConfig } from '@playwright/test';

export const DEMO = 'http://localhost:4321';
export const HOSTILE = 'http://localhost:4322';

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
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  webServer: [
    { command: 'node src/cli/serve.ts --dir dist --port 4321', url: `${DEMO}/uz/`, reuseExistingServer: !process.env.CI },
    { command: 'node src/cli/serve.ts --dir .build/hostile --port 4322', url: `${HOSTILE}/uz/`, reuseExistingServer: !process.env.CI },
  ],
});
