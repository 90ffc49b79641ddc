'use client';

import type { TVars } from '@/lib/i18n/messages';
import { lazyTranslator } from './lazy-messages';
import { pageLocale } from './page-locale';
import type { TFieldBody } from './refusal-text';

export type TApiResult<T> =
  { ok: true; data: T } | { ok: false; status: number; error: string; fieldErrors: Record<string, string[]> };

type TMutation = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

type TRefusal = { error?: string; code?: unknown; params?: TVars };

/**
 * A refusal (of the API or the live room) in the page's language, by its code (see
 * ./refusal-text.ts, loaded now: its catalogues are needed only when something is refused).
 */
export async function refusalText(data: TRefusal, status = 0): Promise<string> {
  const { errorText } = await import('./refusal-text');
  return errorText(data, status);
}

// The words for a lost connection are fetched with the first request, while the link is up: when
// they are needed, it is down. They are a namespace of their own, a hundred bytes where the sign-in
// words they once sat with were a kilobyte.
let networkWords: Promise<string> | null = null;
function networkErrorText(): Promise<string> {
  networkWords ??= lazyTranslator(pageLocale(), 'network')
    .then((t) => t('unreachable'))
    .catch(() => {
      networkWords = null; // fetched again by the next request, once the link is back
      return 'Could not reach the server. Check your connection and try again.';
    });
  return networkWords;
}

async function send<T>(url: string, init: RequestInit): Promise<TApiResult<T>> {
  const networkError = networkErrorText();
  try {
    const res = await fetch(url, init);
    const data = (await res.json().catch(() => ({}))) as TRefusal & TFieldBody;
    if (res.ok) return { ok: true, data: data as T };
    const { errorText, fieldErrorTexts } = await import('./refusal-text');
    const [error, fieldErrors] = await Promise.all([errorText(data, res.status), fieldErrorTexts(data)]);
    return { ok: false, status: res.status, error, fieldErrors };
  } catch {
    return { ok: false, status: 0, error: await networkError, fieldErrors: {} };
  }
}

/**
 * Sends a mutation to our API as JSON and returns the parsed answer or its error and field errors,
 * never throwing. The JSON content type goes with every mutation, with a body or without (e.g.
 * "Gather from findings"): the server refuses any other (CSRF defence, lib/api/route.ts).
 */
export function sendJson<T>(url: string, method: TMutation, body?: unknown): Promise<TApiResult<T>> {
  return send<T>(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Reads JSON from our API, answering as sendJson does. */
export function getJson<T>(url: string): Promise<TApiResult<T>> {
  return send<T>(url, { method: 'GET' });
}

/**
 * Sends a form with files (multipart; the browser sets the content type and its boundary), answering as sendJson does.
 */
export function sendForm<T>(url: string, method: 'POST' | 'PUT', form: FormData): Promise<TApiResult<T>> {
  return send<T>(url, { method, body: form });
}

type TFormEntry = string | number | boolean | Blob;

/**
 * A file form's checked request as the multipart body its route reads: each value under its name,
 * an array as repeated entries (`readerIds`), a file as a file; an absent value is left out.
 */
export function formDataOf(request: Record<string, TFormEntry | TFormEntry[] | null | undefined>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(request)) {
    for (const item of [value].flat()) {
      if (item === undefined || item === null) continue;
      form.append(name, item instanceof Blob ? item : String(item));
    }
  }
  return form;
}
