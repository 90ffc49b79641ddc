'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useFormat } from '@/lib/i18n/client';

type TPhase =
  | { kind: 'idle' }
  | { kind: 'preparing' }
  | { kind: 'downloading'; received: number; total: number | null }
  | { kind: 'error'; message: string };

/** Saves a response body under its server-given name. */
function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // The click has handed the blob to the browser's download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads an export with visible progress: "Preparing" while the server assembles it, then the
 * share received so far (the server sends Content-Length), then the browser's own download.
 */
export function ExportButton({ href, label }: { href: string; label: string }) {
  const t = useTranslations('report');
  const f = useFormat();
  const [phase, setPhase] = useState<TPhase>({ kind: 'idle' });
  const busy = phase.kind === 'preparing' || phase.kind === 'downloading';

  const run = async () => {
    setPhase({ kind: 'preparing' });
    try {
      const res = await fetch(href);
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        setPhase({ kind: 'error', message: body.error ?? t('serverAnswered', { status: res.status }) });
        return;
      }
      const total = Number(res.headers.get('Content-Length')) || null;
      const filename = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? 'export';
      const reader = res.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        setPhase({ kind: 'downloading', received, total });
      }
      save(new Blob(chunks, { type: res.headers.get('Content-Type') ?? 'application/octet-stream' }), filename);
      setPhase({ kind: 'idle' });
    } catch {
      setPhase({ kind: 'error', message: t('unreachable') });
    }
  };

  const percent = phase.kind === 'downloading' && phase.total ? Math.round((phase.received / phase.total) * 100) : null;
  const kb = phase.kind === 'downloading' ? Math.round(phase.received / 1024) : 0;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" disabled={busy} onClick={() => void run()}>
        {label}
      </Button>
      {busy && (
        <progress
          aria-label={t('progress', { label })}
          className="w-32"
          max={100}
          {...(percent === null ? {} : { value: percent })}
        />
      )}
      <span role="status" className="text-sm text-slate-700">
        {phase.kind === 'preparing' && t('preparing')}
        {phase.kind === 'downloading' &&
          (percent === null ? t('downloadingKb', { kb }) : t('downloadingPct', { pct: f.percent(percent / 100) }))}
        {phase.kind === 'error' && <span className="text-red-800">{phase.message}</span>}
      </span>
    </div>
  );
}
