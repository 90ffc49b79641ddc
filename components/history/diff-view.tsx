'use client';

import { useTranslations } from 'next-intl';
import type { TDiffBlock, TDiffChange, TDiffSpan } from '@/lib/contracts/history';
import type { TPerson } from '@/lib/contracts/shared';
import { userColor } from '@/lib/collab/user-color';

type TDiffViewProps = {
  blocks: readonly TDiffBlock[];
  people: readonly TPerson[];
  /** Names the region for screen readers. */
  label: string;
};

// Insertions are underlined and tinted in their author's colour, deletions struck through in the
// deleter's; a screen reader hears who added or deleted each stretch, since colour alone says nothing.
// Everything is text: nothing anyone typed is rendered as HTML.

/** An answer's blocks, with what changed marked by author, and a legend of who is who. */
export function DiffView({ blocks, people, label }: TDiffViewProps) {
  const t = useTranslations('history');
  const nameOf = (c: TDiffChange): string => people.find((p) => p.id === c.userId)?.name ?? t('someone');
  const authors = people.filter((p) =>
    blocks.some((b) => b.change?.userId === p.id || b.spans.some((s) => s.change?.userId === p.id)),
  );
  return (
    <div role="group" aria-label={label} className="grid gap-1 text-sm">
      {blocks.length === 0 || blocks.every((b) => b.spans.length === 0) ? (
        <p className="text-slate-600">{t('emptyAnswer')}</p>
      ) : (
        blocks.map((b, i) => (
          <p key={i} className={blockClass(b)}>
            {b.spans.map((s, j) => (
              <Span key={j} span={s} inherited={b.change} nameOf={nameOf} />
            ))}
          </p>
        ))
      )}
      {authors.length > 0 && (
        <p className="mt-1 flex flex-wrap gap-3 text-xs text-slate-700" aria-label={t('legend')}>
          {authors.map((p) => (
            <span key={p.id} className="inline-flex items-center gap-1">
              <span
                aria-hidden="true"
                className="inline-block size-3 rounded-full"
                style={{ background: userColor(p.id) }}
              />
              {p.name}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

function blockClass(b: TDiffBlock): string {
  const base = b.node === 'heading' ? 'font-semibold' : '';
  return b.node === 'status' ? `${base} text-xs uppercase tracking-wide` : base;
}

function Span({
  span,
  inherited,
  nameOf,
}: {
  span: TDiffSpan;
  inherited: TDiffChange | undefined;
  nameOf: (c: TDiffChange) => string;
}) {
  const t = useTranslations('history');
  const change = span.change ?? inherited;
  if (!change) return <>{span.text}</>;
  const color = change.userId ? userColor(change.userId) : '#475569';
  const name = nameOf(change);
  const Tag = change.kind === 'added' ? 'ins' : 'del';
  return (
    <Tag
      title={t(change.kind, { name })}
      data-change={change.kind}
      className={change.kind === 'added' ? 'decoration-2 underline-offset-2' : 'opacity-80'}
      style={{
        textDecorationColor: color,
        backgroundColor: `${color}1f`,
        ...(change.kind === 'removed' && { textDecorationLine: 'line-through' }),
      }}
    >
      <span className="sr-only">[{t(change.kind, { name })}: </span>
      {span.text}
      <span className="sr-only"> {t('endChange')}]</span>
    </Tag>
  );
}
