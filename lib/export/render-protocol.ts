import type { TRenderJob } from './render';

// The messages between the render pool and its workers (structured clone only).

/** Pool → worker: one job, with the id its answer carries. */
export type TRenderRequest = { id: number; job: TRenderJob };

/** Worker → pool: the rendered bytes or text, or why rendering failed. */
export type TRenderReply =
  { id: number; ok: true; body: Uint8Array | string } | { id: number; ok: false; error: string };
