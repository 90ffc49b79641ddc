'use client';

import { getJson } from './api-client';

/** A read our API refused or that did not reach it, with the message to show in the page's language. */
export class QueryError extends Error {
  /** The HTTP status, 0 when the network failed. */
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** Reads JSON from our API for a query: the data, or a QueryError whose message components show as is. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await getJson<T>(url);
  if (!res.ok) throw new QueryError(res.error, res.status);
  return res.data;
}

/** Whether a failed read may be tried again: a network failure or a server error, never a refusal (4xx). */
export function isRetryable(error: unknown): boolean {
  return error instanceof QueryError && (error.status === 0 || error.status >= 500);
}

/**
 * For reads that record the member's visit (the first read of a "changed since your last visit"
 * sets its start): read once each time the component mounts, never again on their own, since a
 * second read would answer as if the member had seen everything already.
 */
export const readOncePerMount = { staleTime: 0, refetchOnWindowFocus: false, refetchOnReconnect: false } as const;
