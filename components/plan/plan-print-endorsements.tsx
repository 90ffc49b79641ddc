import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import type { TEndorsement } from '@/lib/contracts/plan';
import { getFormat } from '@/lib/i18n/server';

/** The plan's endorsements by top government officials, as the printed plan lists them under its table. */
export async function PlanPrintEndorsements({ endorsements }: { endorsements: readonly TEndorsement[] }) {
  const [t, f] = await Promise.all([getTranslations('governance'), getFormat()]);
  return (
    <section aria-labelledby="print-endorsements-h" className="grid gap-1">
      <h3 id="print-endorsements-h" className="text-lg font-semibold">
        {t('endorseHeading')}
      </h3>
      {endorsements.length === 0 ? (
        <p>{t('noEndorsements')}</p>
      ) : (
        <DataTable
          labelledBy="print-endorsements-h"
          variant="grid"
          rows={endorsements}
          rowKey={(e) => e.id}
          columns={[
            { key: 'name', header: t('endorserName'), rowHeader: true, cell: (e) => e.name },
            { key: 'office', header: t('endorserOffice'), cell: (e) => e.office },
            { key: 'date', header: t('endorsedOn'), cell: (e) => f.day(e.endorsedOn) },
            { key: 'note', header: t('endorseNote'), cell: (e) => e.note },
          ]}
        />
      )}
    </section>
  );
}
