'use client';

import { useCallback, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';
import { ROLE_NAMES } from '@/lib/domain/roles';
import type { TReportStatus } from '@/lib/services/report';

/** The report's sign-off: which version was signed by whom, whether it changed since, and the facilitators' button. */
export function SignoffPanel({ assessmentId, canSign }: { assessmentId: string; canSign: boolean }) {
  const [status, setStatus] = useState<TReportStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const url = `/api/assessments/${assessmentId}/report/signoff`;

  const load = useCallback(async (): Promise<TReportStatus | null> => {
    const res = await fetch(url).catch(() => null);
    return res?.ok ? ((await res.json()) as TReportStatus) : null;
  }, [url]);

  // While the state reloads, signing is disabled: the button signs the version last shown.
  const refresh = useCallback(async () => {
    setBusy(true);
    const next = await load();
    setBusy(false);
    if (next) setStatus(next);
    else setError('Could not load the sign-off state.');
  }, [load]);

  useEffect(() => {
    let live = true;
    void load().then((next) => {
      if (!live) return;
      if (next) setStatus(next);
      else setError('Could not load the sign-off state.');
    });
    return () => {
      live = false;
    };
  }, [load]);

  const sign = async () => {
    if (!status) return;
    setBusy(true);
    const result = await sendJson<TReportStatus>(url, 'POST', { hash: status.hash });
    setBusy(false);
    if (result.ok) {
      setStatus(result.data);
      setError(null);
    } else {
      // Typically the report changed since it was shown (409): show the new version to review.
      setError(result.error);
      await refresh();
    }
  };

  return (
    <section aria-labelledby="signoff-heading" className="rounded-md border border-slate-200 bg-white p-3">
      <h3 id="signoff-heading" className="font-semibold">Sign-off</h3>
      {!status ? (
        <p className="text-sm text-slate-600">Loading…</p>
      ) : (
        <>
          <p className="text-sm" data-testid="signoff-state">
            {status.version === null
              ? 'Not signed off yet.'
              : status.stale
                ? `Version ${status.version} was signed off, but the report has changed since: it needs to be signed off again.`
                : `Version ${status.version} is signed off.`}
          </p>
          {status.signatures.length > 0 && (
            <ul className="mt-1 text-sm text-slate-700">
              {status.signatures.map((s) => (
                <li key={`${s.who}-${s.signedAt}`}>
                  {s.who} ({ROLE_NAMES[s.role]}), {new Date(s.signedAt).toLocaleString()}
                </li>
              ))}
            </ul>
          )}
          {canSign && !status.signedByMe && (
            <Button type="button" className="mt-2" disabled={busy} onClick={() => void sign()}>
              {status.version === null || status.stale ? 'Sign off this version' : `Add my sign-off to version ${status.version}`}
            </Button>
          )}
          <Button type="button" variant="secondary" className="ml-2 mt-2" disabled={busy} onClick={() => void refresh()}>
            Check for changes
          </Button>
        </>
      )}
      <FormError message={error} />
    </section>
  );
}
