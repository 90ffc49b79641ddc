import { getTranslations } from 'next-intl/server';
import type { TComposition, TTally } from '@/lib/domain/accounts/composition';
import { genderLabel, organisationTypeLabel, roleLabel } from '@/lib/i18n/domain-labels';
import type { TMessageKey } from '@/lib/i18n/messages';

type TMembersKey = TMessageKey<'members'>;

// lib/domain/accounts/composition words its gaps in English (for exports); the interface shows them by key.
const GAP_KEYS: Record<string, TMembersKey> = {
  'No external contributors (traders, brokers, other agencies, civil society) yet.': 'gapExternal',
  'No senior management member yet.': 'gapSenior',
  'Internal contributors come from fewer than three areas of expertise.': 'gapDepartments',
  'Gender balance: one gender is more than two thirds of those who declared one.': 'gapGender',
};
// The tallies' placeholders for members who did not say.
const UNSTATED: Record<string, TMembersKey> = { 'Not stated': 'notStated', Unknown: 'unknown' };

function TallyList({ title, tally, total, ofTotal }: { title: string; tally: TTally; total: number; ofTotal: string }) {
  return (
    <div>
      <h4 className="mb-1 text-sm font-semibold">{title}</h4>
      <ul className="grid gap-1 text-sm">
        {tally.map((t) => (
          <li key={t.label} className="grid grid-cols-[1fr_auto] items-center gap-2">
            <span className="min-w-0 wrap-break-word">{t.label}</span>
            <span className="tabular-nums">
              {t.count} <span className="sr-only">{ofTotal}</span>
            </span>
            <span aria-hidden="true" className="col-span-2 h-1.5 rounded bg-brand-100">
              <span
                className="block h-1.5 rounded bg-brand-600"
                style={{ width: `${(100 * t.count) / Math.max(1, total)}%` }}
              />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The working group by role, organisation type, expertise and gender, with the guide's diversity prompts. */
export async function CompositionView({ composition }: { composition: TComposition }) {
  const [t, td] = await Promise.all([getTranslations('members'), getTranslations('domain')]);
  const label = (value: string, named: (v: string) => string) => (UNSTATED[value] ? t(UNSTATED[value]) : named(value));
  const relabel = (tally: TTally, named: (v: string) => string) =>
    tally.map((x) => ({ ...x, label: label(x.label, named) }));
  const ofTotal = t('ofTotal', { total: composition.total });
  return (
    <section aria-labelledby="composition" className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="composition" className="mb-1 font-semibold">
        {t('compositionHeading')}
      </h3>
      <p className="mb-3 text-xs text-slate-600">{t('compositionIntro')}</p>
      {composition.gaps.length > 0 && (
        <ul className="mb-3 grid gap-1 text-sm">
          {composition.gaps.map((g) => (
            <li key={g} className="rounded border border-amber-300 bg-amber-50 px-2 py-1">
              <span aria-hidden="true">△ </span>
              <span className="sr-only">{t('gapLabel')} </span>
              {GAP_KEYS[g] ? t(GAP_KEYS[g]) : g}
            </li>
          ))}
        </ul>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <TallyList
          title={t('byRole')}
          tally={relabel(composition.byRole, (r) => roleLabel(td, r))}
          total={composition.total}
          ofTotal={ofTotal}
        />
        <TallyList
          title={t('byOrganisationType')}
          tally={relabel(composition.byOrganisationType, (o) => organisationTypeLabel(td, o))}
          total={composition.total}
          ofTotal={ofTotal}
        />
        <TallyList
          title={t('byExpertise')}
          tally={relabel(composition.byExpertise, (e) => e)}
          total={composition.total}
          ofTotal={ofTotal}
        />
        <TallyList
          title={t('byGender')}
          tally={relabel(composition.byGender, (g) => genderLabel(td, g))}
          total={composition.total}
          ofTotal={ofTotal}
        />
      </div>
    </section>
  );
}
