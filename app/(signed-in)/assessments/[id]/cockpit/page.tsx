import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { CockpitView } from '@/components/workshop/cockpit/cockpit-view';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { readRunOfShow } from '@/lib/services/workshop/run-of-show';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cockpit');
  return { title: t('title') };
}

export default withClientMessages(
  ['cockpit', 'live'],
  async function CockpitPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    // Facilitators only: 'session.run' is theirs; everyone else gets forbidden() from the guard.
    await requirePageAccess(id, 'session.run', `/assessments/${id}/cockpit`);
    const [initial, t] = await Promise.all([readRunOfShow(getDb(), id), getTranslations('cockpit')]);
    return (
      <>
        <h2 className="mb-1 text-xl font-semibold">{t('title')}</h2>
        <p className="mb-4 text-sm text-slate-700">{t('intro')}</p>
        <CockpitView assessmentId={id} initial={initial} />
      </>
    );
  },
);
