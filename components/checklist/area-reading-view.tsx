import { type TChecklistArea, areaLabel, sectionLabel } from '@/lib/idg/checklist';

/** An area of the checklist as the guide sets it out: the Declaration's statement, sections, numbered questions. */
export function AreaReadingView({ area }: { area: TChecklistArea }) {
  return (
    <article aria-labelledby="area-title">
      <h2 id="area-title" className="mb-2 text-xl font-semibold">
        {areaLabel(area)}
      </h2>
      {area.declarationStatement && (
        <blockquote className="mb-6 border-l-4 border-brand-600 bg-white p-3 text-sm italic text-slate-800">
          <p className="mb-1 text-xs font-semibold not-italic uppercase tracking-wide text-slate-600">Revised Arusha Declaration</p>
          {area.declarationStatement}
        </blockquote>
      )}
      {area.sections.map((section, i) => {
        const label = sectionLabel(section);
        let lastSubsection: string | undefined;
        return (
          <section key={section.code ?? i} aria-label={label ?? area.title} className="mb-6">
            {label && <h3 className="mb-2 text-lg font-semibold">{label}</h3>}
            <ol className="grid gap-2">
              {section.questions.map((q) => {
                const heading = q.subsection && q.subsection !== lastSubsection ? q.subsection : null;
                lastSubsection = q.subsection;
                return (
                  <li key={q.key} id={`q-${q.key}`} className="rounded-md border border-slate-200 bg-white p-3">
                    {heading && <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{heading}</p>}
                    <p>
                      <span className="mr-2 font-semibold tabular-nums">{q.number}.</span>
                      {q.text}
                    </p>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </article>
  );
}
