// The notice at the end of a vitest run: one line per variant left out, none when all can run.
import { describe, expect, it } from 'vitest';
import { skippedVariants } from './helpers/skipped-variants';

describe('skippedVariants', () => {
  it('says nothing when PostgreSQL and Redis are both given', () => {
    expect(skippedVariants({ TEST_DATABASE_URL: 'postgres://x', TEST_REDIS_URL: 'redis://x' })).toEqual([]);
  });

  it('names both variants, once each, when neither is given', () => {
    const lines = skippedVariants({});
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^PostgreSQL tests skipped: set TEST_DATABASE_URL=/);
    expect(lines[1]).toMatch(/^Multi-instance \(Redis\) tests skipped: set TEST_REDIS_URL=.* and TEST_DATABASE_URL /);
  });

  it('asks only for what is missing', () => {
    expect(skippedVariants({ TEST_DATABASE_URL: 'postgres://x' })).toEqual([
      expect.stringMatching(
        /^Multi-instance \(Redis\) tests skipped: set TEST_REDIS_URL=redis:\/\/127\.0\.0\.1:6379 \(/,
      ),
    ]);
    const lines = skippedVariants({ TEST_REDIS_URL: 'redis://x' });
    expect(lines[1]).toMatch(/set TEST_DATABASE_URL \(/);
  });
});
