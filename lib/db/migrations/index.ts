import type { Migration } from 'kysely';
import * as m001 from './001_foundation';
import * as m002 from './002_yjs';

/** Every migration in order; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '001_foundation': m001,
  '002_yjs': m002,
};
