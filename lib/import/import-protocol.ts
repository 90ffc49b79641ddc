import type { TTranslationRow } from '../domain/checklist/checklist-adaptation';

/** What run-import.ts sends an import worker: the uploaded workbook's bytes. */
export type TImportRequest = { bytes: Uint8Array };
/** What the worker answers: the translation rows, or why the file was refused. */
export type TImportReply = { ok: true; rows: TTranslationRow[] } | { ok: false; status: 400 | 413; error: string };
