// Vitest runs outside Next, where `server-only` would throw on import; the guard is Next's job.
export {};
