'use client';

export type TApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string; fieldErrors: Record<string, string[]> };

/** Sends JSON to our API and returns the parsed answer or its error and field errors, never throwing. */
export async function sendJson<T>(url: string, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', body?: unknown): Promise<TApiResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = (await res.json().catch(() => ({}))) as { error?: string; fieldErrors?: Record<string, string[]> };
    if (!res.ok) return { ok: false, status: res.status, error: data.error ?? `The server answered ${res.status}.`, fieldErrors: data.fieldErrors ?? {} };
    return { ok: true, data: data as T };
  } catch {
    return { ok: false, status: 0, error: 'Could not reach the server. Check your connection and try again.', fieldErrors: {} };
  }
}
