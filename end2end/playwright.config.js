// Browser tests against the real server, in Debian's Chromium (no browser is downloaded).
const { defineConfig } = require('@playwright/test');

const PORT = process.env.E2E_PORT || '3100';
const TIPS_PORT = process.env.E2E_TIPS_PORT || '3101';
const BINARY = process.env.HOTLINE_BIN || 'target/debug/hotline-site';
const TIPS_DIR = require('./tips-site').tipsSite(BINARY);
process.env.E2E_TIPS_URL = `http://127.0.0.1:${TIPS_PORT}`;

module.exports = defineConfig({
  testDir: './tests',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [{
    // Paths to content/ and locales/ resolve from the repository root.
    command: `${BINARY} serve --addr 127.0.0.1:${PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  }, {
    // The same site with the tip form on (tips.spec.js), its store in a temporary folder.
    command: `${BINARY} serve --addr 127.0.0.1:${TIPS_PORT} --content ${TIPS_DIR}/content --tips-db ${TIPS_DIR}/tips.sqlite3`,
    cwd: '..',
    url: `http://127.0.0.1:${TIPS_PORT}/en/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  }],
});
