import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the exported HTML report opened in headless Chromium (Debian's
// `chromium`). It spawns the built CLI, so the script builds first.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 30_000,
  },
});
