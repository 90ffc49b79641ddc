import type { TGroupArea } from '@/lib/services/group-overview';

/** The scope's areas no group holds yet, flagged in words and with an icon, not by colour alone. */
export function UnallocatedAreas({ areas, hasGroups }: { areas: TGroupArea[]; hasGroups: boolean }) {
  if (areas.length === 0) {
    return (
      <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">
        <span aria-hidden="true">✓ </span>Every area in scope is allocated to a group.
      </p>
    );
  }
  return (
    <section aria-labelledby="unallocated-heading" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
      <h3 id="unallocated-heading" className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {areas.length} {areas.length === 1 ? 'area is' : 'areas are'} not allocated to any group
      </h3>
      {!hasGroups && <p className="text-slate-700">No breakout groups yet: internal contributors may answer every area until groups are formed.</p>}
      <ul className="mt-1 list-disc pl-5">
        {areas.map((a) => (
          <li key={a.id}>
            {a.label} <span className="text-slate-600">({a.questions} questions)</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
