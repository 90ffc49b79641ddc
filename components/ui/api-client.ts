'use client';

import type { TApiErrorCode } from '@/lib/api/errors';
import { isLocale } from '@/lib/i18n/locales';
import { authMessages } from '@/lib/i18n/messages/auth';
import { translator } from '@/lib/i18n/messages';

export type TApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string; fieldErrors: Record<string, string[]> };

type TMutation = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** This client's own messages in the page's language (the root layout sets `<html lang>`); callers need no hook. */
function t(key: 'networkError' | 'serverError' | 'requestRefused' | 'crossSiteRefused', vars?: { status: number }): string {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
  return translator(authMessages, isLocale(lang) ? lang : 'en')(key, vars);
}

// Refusals of how a request was sent, not of what it asked: the server's words name HTTP details
// a user can do nothing with, so the page says what to do instead.
const REFUSALS: Record<TApiErrorCode, 'requestRefused' | 'crossSiteRefused'> = { 'unsupported-content-type': 'requestRefused', 'cross-site': 'crossSiteRefused' };

async function send<T>(url: string, init: RequestInit): Promise<TApiResult<T>> {
  try {
    const res = await fetch(url, init);
    const data = (await res.json().catch(() => ({}))) as { error?: string; code?: TApiErrorCode; fieldErrors?: Record<string, string[]> };
    if (res.ok) return { ok: true, data: data as T };
    const refusal = data.code && REFUSALS[data.code];
    return { ok: false, status: res.status, error: refusal ? t(refusal) : (data.error ?? t('serverError', { status: res.status })), fieldErrors: data.fieldErrors ?? {} };
  } catch {
    return { ok: false, status: 0, error: t('networkError'), fieldErrors: {} };
  }
}

/**
 * Sends a mutation to our API as JSON and returns the parsed answer or its error and field errors,
 * never throwing. The JSON content type goes with every mutation, with a body or without (e.g.
 * "Gather from findings"): the server refuses any other (CSRF defence, lib/api/route.ts).
 */
export function sendJson<T>(url: string, method: TMutation, body?: unknown): Promise<TApiResult<T>> {
  return send<T>(url, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** Sends a form with files (multipart; the browser sets the content type and its boundary), answering as sendJson does. */
export function sendForm<T>(url: string, method: 'POST' | 'PUT', form: FormData): Promise<TApiResult<T>> {
  return send<T>(url, { method, body: form });
}
