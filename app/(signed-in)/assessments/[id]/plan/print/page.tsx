import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlanPrint } from '@/components/plan/plan-print';
import { PrintButton } from '@/components/plan/print-button';
import { DomainError } from '@/lib/domain/shared/errors';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getFormat } from '@/lib/i18n/server';
import { getDb } from '@/lib/db/client';
import { planSnapshot } from '@/lib/services/plan/plan';
import { adoptedVersion } from '@/lib/services/plan/plan-adoption';
import { listEndorsements } from '@/lib/services/plan/plan-endorsements';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('plan');
  return { title: t('printTitle') };
}

export default withClientMessages(
  ['common', 'plan'],
  async function PlanPrintPage({
    params,
    searchParams,
  }: {
    params: Promise<{ id: string }>;
    searchParams: Promise<{ version?: string }>;
  }) {
    const { id } = await params;
    const { version } = await searchParams;
    await requirePageAccess(id, 'assessment.view', `/assessments/${id}/plan/print`);
    const db = getDb();
    const [t, f] = await Promise.all([getTranslations('plan'), getFormat()]);
    const n = version ? Number(version) : null;
    if (n !== null && !(Number.isInteger(n) && n > 0)) notFound();
    let heading = t('printDraft');
    let snapshot;
    if (n === null) snapshot = await planSnapshot(db, id);
    else {
      try {
        const adopted = await adoptedVersion(db, id, n);
        snapshot = adopted;
        heading = t('printAdopted', { v: n, date: f.date(adopted.adoptedAt), link: adopted.strategyLink });
      } catch (err) {
        if (err instanceof DomainError && err.status === 404) notFound();
        throw err;
      }
    }
    return (
      <>
        <PrintButton />
        <PlanPrint snapshot={snapshot} heading={heading} endorsements={await listEndorsements(db, id)} />
      </>
    );
  },
);
