/** Where a signed-in person goes when the link named nowhere safe. */
export const DEFAULT_CALLBACK_PATH = '/assessments';

/**
 * The path, query and fragment of `raw` when it leads into the app at `origin`, else the
 * default. `raw` is resolved the way a browser would (so `/\evil.example` and a tab inside
 * `//` both leave the site and are refused) instead of being judged by its first characters;
 * what is kept can never start with `//`, which a browser would read as another host.
 */
export function safeCallbackPath(raw: string | null | undefined, origin: string): string {
  if (!raw) return DEFAULT_CALLBACK_PATH;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return DEFAULT_CALLBACK_PATH;
  }
  if (url.origin !== new URL(origin).origin) return DEFAULT_CALLBACK_PATH;
  return `${url.pathname.replace(/^\/+/, '/')}${url.search}${url.hash}`;
}
