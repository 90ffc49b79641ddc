import { env } from '../../config/env';

/** Largest evidence file accepted, in bytes (EVIDENCE_MAX_BYTES, default 10 MiB). */
export function maxEvidenceBytes(): number {
  return env().EVIDENCE_MAX_BYTES;
}

type TFileType = { mime: string; label: string; magic?: (bytes: Uint8Array) => boolean };

const startsWith = (sig: number[]) => (b: Uint8Array) => sig.every((byte, i) => b[i] === byte);
const ZIP = startsWith([0x50, 0x4b, 0x03, 0x04]);
// Plain text must decode as UTF-8 and hold no NUL bytes: that keeps binaries from passing as .txt.
const TEXT = (b: Uint8Array) =>
  !b.includes(0) &&
  (() => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b);
      return true;
    } catch {
      return false;
    }
  })();

/** The file types accepted as evidence, by extension, with the signature their content must have. */
export const EVIDENCE_FILE_TYPES: Record<string, TFileType> = {
  pdf: { mime: 'application/pdf', label: 'PDF', magic: startsWith([0x25, 0x50, 0x44, 0x46]) },
  png: { mime: 'image/png', label: 'PNG image', magic: startsWith([0x89, 0x50, 0x4e, 0x47]) },
  jpg: { mime: 'image/jpeg', label: 'JPEG image', magic: startsWith([0xff, 0xd8, 0xff]) },
  jpeg: { mime: 'image/jpeg', label: 'JPEG image', magic: startsWith([0xff, 0xd8, 0xff]) },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word document',
    magic: ZIP,
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel workbook',
    magic: ZIP,
  },
  pptx: {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'PowerPoint presentation',
    magic: ZIP,
  },
  odt: { mime: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument text', magic: ZIP },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', label: 'OpenDocument spreadsheet', magic: ZIP },
  txt: { mime: 'text/plain; charset=utf-8', label: 'text', magic: TEXT },
  csv: { mime: 'text/csv; charset=utf-8', label: 'CSV', magic: TEXT },
};

export type TFileCheck = { ok: true; mime: string; extension: string } | { ok: false; error: string };

/** Checks an upload's name, size and first bytes against the allow-list. */
export function checkEvidenceFile(fileName: string, size: number, head: Uint8Array): TFileCheck {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const type = EVIDENCE_FILE_TYPES[extension];
  const allowed = [...new Set(Object.values(EVIDENCE_FILE_TYPES).map((t) => t.label))].join(', ');
  if (!fileName.includes('.') || !type)
    return { ok: false, error: `Files of this type are not accepted. Accepted: ${allowed}.` };
  if (size === 0) return { ok: false, error: 'The file is empty.' };
  const max = maxEvidenceBytes();
  if (size > max)
    return {
      ok: false,
      error: `The file is ${(size / 1048576).toFixed(1)} MB; the limit is ${(max / 1048576).toFixed(0)} MB.`,
    };
  if (type.magic && !type.magic(head))
    return { ok: false, error: `The file’s content is not a ${type.label}, whatever its name says.` };
  return { ok: true, mime: type.mime, extension };
}

/** A file name safe to put in a Content-Disposition header and show: no paths, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return cleaned.slice(-150) || 'file';
}
