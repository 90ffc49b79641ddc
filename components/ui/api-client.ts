'use client';

import { isLocale } from '@/lib/i18n/locales';
import { authMessages } from '@/lib/i18n/messages/auth';
import { translator } from '@/lib/i18n/messages';

export type TApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string; fieldErrors: Record<string, string[]> };

/** This client's own messages in the page's language (the root layout sets `<html lang>`); callers need no hook. */
function t(key: 'networkError' | 'serverError', vars?: { status: number }): string {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
  return translator(authMessages, isLocale(lang) ? lang : 'en')(key, vars);
}

/** Sends JSON to our API and returns the parsed answer or its error and field errors, never throwing. */
export async function sendJson<T>(url: string, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', body?: unknown): Promise<TApiResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = (await res.json().catch(() => ({}))) as { error?: string; fieldErrors?: Record<string, string[]> };
    if (!res.ok) return { ok: false, status: res.status, error: data.error ?? t('serverError', { status: res.status }), fieldErrors: data.fieldErrors ?? {} };
    return { ok: true, data: data as T };
  } catch {
    return { ok: false, status: 0, error: t('networkError'), fieldErrors: {} };
  }
}
