// The one rule for requests that act with the session cookie (API mutations, WebSocket
// upgrades, socket.io): a browser always sends Origin on them, so an Origin that names another
// host, or none at all (`null` from a sandboxed frame, a file, some redirects), is another
// site acting in the visitor's name. Requests without Origin come from scripts that hold the
// cookie themselves.

/** The host an Origin header names, or null when it names none. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Whether a request with this Origin, sent to this host (X-Forwarded-Host or Host), comes from the
 * app's own pages or no browser.
 */
export function isSameOrigin(origin: string | null | undefined, host: string | null | undefined): boolean {
  if (!origin || !host) return true;
  return originHost(origin) === host;
}

/** isSameOrigin for a Node request's headers (upgrades and socket.io, which never reach a route handler). */
export function isSameOriginRequest(headers: Record<string, string | string[] | undefined>): boolean {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return isSameOrigin(first(headers.origin), first(headers['x-forwarded-host']) ?? first(headers.host));
}
