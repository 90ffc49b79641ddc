import { resourceTotals, type TPlanDraft } from '@/lib/domain/plan-tree';

const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

function Table({ caption, rows }: { caption: string; rows: ReturnType<typeof resourceTotals>['byYear'] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="text-left font-medium">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-1 pr-2 font-medium"></th>
          <th scope="col" className="py-1 pr-2 text-right font-medium">Activities</th>
          <th scope="col" className="py-1 pr-2 text-right font-medium">Budget</th>
          <th scope="col" className="py-1 text-right font-medium">Staff (person-months)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-2 font-normal">{r.label}</th>
            <td className="py-1 pr-2 text-right">{r.activities}</td>
            <td className="py-1 pr-2 text-right">{fmt.format(r.budget)}</td>
            <td className="py-1 text-right">{fmt.format(r.staff)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Step 5: the plan's budget and people, summed by outcome and by the year activities are due. */
export function ResourcesSummary({ draft }: { draft: TPlanDraft }) {
  const totals = resourceTotals(draft);
  return (
    <section aria-labelledby="resources-h" className="grid gap-3 rounded-md border border-slate-200 bg-white p-3">
      <h3 id="resources-h" className="font-semibold">Resources (step 5)</h3>
      {totals.byOutcome.length === 0 ? <p className="text-sm text-slate-600">No activities yet.</p> : (
        <>
          <Table caption="By outcome" rows={totals.byOutcome} />
          <Table caption="By year due" rows={totals.byYear} />
        </>
      )}
    </section>
  );
}
