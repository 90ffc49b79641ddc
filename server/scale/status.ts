// Whether this process's Redis connections are up, for /metrics and /api/health. On globalThis
// because the health route runs in Next's copy of the modules (see docs/pitfalls.md, "Sharing
// state between server/ and route handlers").
const holder = globalThis as typeof globalThis & { __idgRedisChecks?: Set<() => boolean> };

/** Registers a check of one set of Redis connections; returns the unregister function. */
export function registerRedisCheck(check: () => boolean): () => void {
  const checks = (holder.__idgRedisChecks ??= new Set());
  checks.add(check);
  return () => void checks.delete(check);
}

/** 'off' on a single instance (no REDIS_URL), else whether every Redis connection is up. */
export function redisStatus(): 'off' | 'up' | 'down' {
  const checks = holder.__idgRedisChecks;
  if (!checks || checks.size === 0) return 'off';
  return [...checks].every((c) => c()) ? 'up' : 'down';
}
