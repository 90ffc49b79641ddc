import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, safeFileName } from './file-types';

const bytes = (...b: number[]) => new Uint8Array(b);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d);

describe('evidence file checks', () => {
  it('accepts an allowed type whose content matches', () => {
    expect(checkEvidenceFile('Report 2021.PDF', 1000, PDF)).toEqual({
      ok: true,
      mime: 'application/pdf',
      extension: 'pdf',
    });
    expect(checkEvidenceFile('notes.txt', 5, new TextEncoder().encode('hello'))).toMatchObject({ ok: true });
  });

  it('refuses unknown types, empty and oversized files, and content that lies about its type', () => {
    expect(checkEvidenceFile('run.exe', 10, bytes(0x4d, 0x5a))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not accepted/),
    });
    expect(checkEvidenceFile('noextension', 10, PDF)).toMatchObject({ ok: false });
    expect(checkEvidenceFile('a.pdf', 0, PDF)).toMatchObject({ ok: false, error: 'The file is empty.' });
    expect(checkEvidenceFile('a.pdf', 50 * 1024 * 1024, PDF)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/limit is 10 MB/),
    });
    expect(checkEvidenceFile('fake.pdf', 10, bytes(0x3c, 0x68, 0x74, 0x6d, 0x6c))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a PDF/),
    });
    expect(checkEvidenceFile('bin.txt', 3, bytes(0x00, 0xff, 0x00))).toMatchObject({ ok: false });
  });

  it('makes file names safe for headers', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('a"b\r\n.pdf')).toBe('ab.pdf');
    expect(safeFileName('')).toBe('file');
  });
});
