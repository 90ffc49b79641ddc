// The same-origin check of every API mutation: a request whose Origin is not this host, or is no
// URL at all (`null` from a sandboxed frame), is refused with 403, never a 500.
import { describe, expect, it, vi } from 'vitest';
import { authedRoute, publicRoute } from './route';

vi.mock('../auth/session', () => ({
  getSessionUser: () =>
    Promise.resolve({ id: 'user-same-origin', email: 'x@example.test', name: 'X', isAdmin: false, timeZone: null }),
}));

const handlers = {
  authedRoute: authedRoute(() => Promise.resolve({ ok: true })),
  publicRoute: publicRoute(() => Promise.resolve({ ok: true })),
};
const post = (
  handler: (req: Request, ctx: { params: Promise<Record<string, never>> }) => Promise<Response>,
  origin: string | null,
) =>
  handler(
    new Request('http://app.example/api/x', {
      method: 'POST',
      headers: { host: 'app.example', 'content-type': 'application/json', ...(origin === null ? {} : { origin }) },
      body: '{}',
    }),
    { params: Promise.resolve({}) },
  );

describe.each(Object.entries(handlers))('%s same-origin check', (_name, handler) => {
  it.each([
    ['null', 403],
    ['http://evil.example', 403],
    ['http://app.example.evil.example', 403],
    ['http://', 403],
    ['not a url', 403],
    ['http://app.example', 200],
    [null, 200],
  ])('Origin %j answers %i', async (origin, status) => {
    const res = await post(handler, origin);
    expect(res.status).toBe(status);
    expect(await res.json()).toBeTypeOf('object');
  });
});
