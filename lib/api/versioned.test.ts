import { describe, expect, it } from 'vitest';
import { versionedJson } from './versioned';

const url = 'http://localhost/api/guide/glossary';

describe('versionedJson', () => {
  it('lets the browser keep an answer asked for with the current version for good', async () => {
    const res = versionedJson(new Request(`${url}?v=abc`), 'abc', { entries: [] });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(res.headers.get('etag')).toBe('"abc"');
    expect(await res.json()).toEqual({ entries: [] });
  });

  it('has an answer asked for without it, or with an old one, revalidated every time', () => {
    for (const ask of [url, `${url}?v=old`]) {
      expect(versionedJson(new Request(ask), 'abc', {}).headers.get('cache-control')).toBe('private, no-cache');
    }
  });

  it('answers 304 without a body when the browser holds the current text', () => {
    const res = versionedJson(new Request(url, { headers: { 'If-None-Match': '"abc"' } }), 'abc', { big: true });
    expect(res.status).toBe(304);
    expect(res.body).toBeNull();
  });
});
