import type { TComposition, TTally } from '@/lib/domain/composition';

function TallyList({ title, tally, total }: { title: string; tally: TTally; total: number }) {
  return (
    <div>
      <h4 className="mb-1 text-sm font-semibold">{title}</h4>
      <ul className="grid gap-1 text-sm">
        {tally.map((t) => (
          <li key={t.label} className="grid grid-cols-[1fr_auto] items-center gap-2">
            <span>{t.label}</span>
            <span className="tabular-nums">
              {t.count} <span className="sr-only">of {total}</span>
            </span>
            <span aria-hidden="true" className="col-span-2 h-1.5 rounded bg-brand-100">
              <span className="block h-1.5 rounded bg-brand-600" style={{ width: `${(100 * t.count) / Math.max(1, total)}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The working group by role, organisation type, expertise and gender, with the guide's diversity prompts. */
export function CompositionView({ composition, roleNames }: { composition: TComposition; roleNames: Record<string, string> }) {
  const byRole = composition.byRole.map((t) => ({ ...t, label: roleNames[t.label] ?? t.label }));
  return (
    <section aria-labelledby="composition" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="composition" className="mb-1 font-semibold">
        Working-group composition
      </h3>
      <p className="mb-3 text-xs text-slate-600">The guide asks for a diverse working group: many departments, external contributors, and gender balance.</p>
      {composition.gaps.length > 0 && (
        <ul className="mb-3 grid gap-1 text-sm">
          {composition.gaps.map((g) => (
            <li key={g} className="rounded border border-amber-300 bg-amber-50 px-2 py-1">
              <span aria-hidden="true">△ </span>
              {g}
            </li>
          ))}
        </ul>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <TallyList title="By role" tally={byRole} total={composition.total} />
        <TallyList title="By organisation type" tally={composition.byOrganisationType} total={composition.total} />
        <TallyList title="By area of expertise" tally={composition.byExpertise} total={composition.total} />
        <TallyList title="By gender (self-declared)" tally={composition.byGender} total={composition.total} />
      </div>
    </section>
  );
}
