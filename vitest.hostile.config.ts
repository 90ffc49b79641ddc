import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The hostile-input suite: each file starts the real app and attacks one entry point while
// watching its memory and health check, so files run one at a time (two at once on two cores
// would measure each other).
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'tests/server-only-stub.ts'),
    },
  },
  test: {
    include: ['tests/hostile/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
