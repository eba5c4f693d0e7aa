import { defineConfig } from 'vitest/config';

// `npm test`: everything but the real-browser check, so that Node.js and python3 (for the pty
// helper) are all a fresh machine needs. `npm run test:browser` runs test/browser/ with
// vitest.browser.config.ts (headless Chromium; .ci/run installs it).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', '**/node_modules/**'],
    // End-to-end tests spawn the built CLI; two workers match CI's two cores.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    server: { deps: { inline: [/@inquirer\//] } },
  },
});
