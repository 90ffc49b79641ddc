import { describe, expect, it } from 'vitest';
import { DEFAULT_CALLBACK_PATH, safeCallbackPath } from './callback-url';

const ORIGIN = 'https://idg.example.org';

describe('safeCallbackPath', () => {
  it.each([
    ['/assessments/a1?tab=plan#kpi', '/assessments/a1?tab=plan#kpi'],
    ['/invite/abc', '/invite/abc'],
    ['https://idg.example.org/assessments/a1', '/assessments/a1'],
    ['assessments', '/assessments'],
    // A same-site path that normalises to a leading `//` keeps one slash.
    ['/x/..//evil.example/', '/evil.example/'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    // Same scheme without slashes is a relative path in the WHATWG parser: it stays here.
    ['https:evil.example', '/evil.example'],
  ])('keeps %j as %j', (raw, expected) => {
    expect(safeCallbackPath(raw, ORIGIN)).toBe(expected);
  });

  it.each([
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    ' //evil.example',
    'https://evil.example/',
    'https://idg.example.org.evil.example/',
    'http://idg.example.org/',
    'https://idg.example.org:8443/',
    'javascript:alert(1)',
    'data:text/html,hi',
    '',
    null,
    undefined,
  ])('refuses %j', (raw) => {
    expect(safeCallbackPath(raw, ORIGIN)).toBe(DEFAULT_CALLBACK_PATH);
  });
});
