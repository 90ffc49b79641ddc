import 'server-only';

/**
 * A JSON answer for texts that change only with a new `version`, which clients put in the address
 * (`?v=`). Asked with the current version, the browser keeps the answer for good (private: only
 * signed-in members are served); asked without it or with an old one (a page from before a
 * deploy), the answer is the current text, revalidated each time by its ETag.
 */
export function versionedJson(req: Request, version: string, body: unknown): Response {
  const etag = `"${version}"`;
  const current = new URL(req.url).searchParams.get('v') === version;
  const headers = {
    'Cache-Control': current ? 'private, max-age=31536000, immutable' : 'private, no-cache',
    ETag: etag,
  };
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return Response.json(body, { headers });
}
