'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useLocale } from 'next-intl';
import { type TSort, type TSortValue, nextSort, sortOrder } from './table-sort';

/**
 * A table laid out by `DataTable`: only text, elements and values, so that a server component can
 * hand it to this client one, which keeps the sort.
 */
export type TTableModel = {
  columns: {
    key: string;
    header: string;
    hideHeader: boolean;
    sortable: boolean;
    numeric: boolean;
    className: string;
  }[];
  rows: {
    key: string;
    testId?: string;
    className: string;
    cells: { content: ReactNode; rowHeader: boolean; className: string }[];
    sortValues: TSortValue[];
  }[];
  tableClassName: string;
  caption?: { text: string; hidden: boolean };
  labelledBy?: string;
  testId?: string;
  initialSort?: TSort;
};

const ARROW = { ascending: '▲', descending: '▼' } as const;

/** Whether an element's content is wider than the element, kept up to date as either resizes. */
function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}

/** Renders a `DataTable`'s model; a sortable column's header is a button that sorts by it. */
export function SortableTable({ model }: { model: TTableModel }) {
  const t = useTranslations('common');
  const locale = useLocale();
  const captionId = useId();
  const box = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(box);
  const [sort, setSort] = useState<TSort | null>(model.initialSort ?? null);
  const sortIndex = sort ? model.columns.findIndex((c) => c.key === sort.column) : -1;
  const rows =
    sort && sortIndex >= 0
      ? sortOrder(
          model.rows.map((r) => r.sortValues[sortIndex] ?? null),
          sort.direction,
          locale,
        ).map((i) => model.rows[i]!)
      : model.rows;
  const name = model.labelledBy ?? (model.caption ? captionId : undefined);

  return (
    // The table scrolls sideways inside this box on a phone, never the page. `relative` makes the
    // box the containing block of any absolutely positioned sr-only text inside, which would
    // otherwise escape the box and widen the page. While it scrolls it is a named, focusable
    // region, so a keyboard user can scroll it too.
    <div
      ref={box}
      className="relative overflow-x-auto print:overflow-visible"
      {...(scrolls ? { role: 'region', tabIndex: 0, 'aria-labelledby': name } : {})}
    >
      <table className={model.tableClassName} aria-labelledby={model.labelledBy} data-testid={model.testId}>
        {model.caption && (
          <caption id={captionId} className={model.caption.hidden ? 'sr-only' : 'mb-1 text-left font-semibold'}>
            {model.caption.text}
          </caption>
        )}
        <thead>
          <tr>
            {model.columns.map((c) => {
              const active = sort?.column === c.key ? sort.direction : undefined;
              const label = c.hideHeader ? <span className="sr-only">{c.header}</span> : c.header;
              return (
                <th key={c.key} scope="col" aria-sort={active} className={c.className}>
                  {c.sortable ? (
                    <button
                      type="button"
                      className={`inline-flex items-baseline gap-1 font-semibold hover:underline ${c.numeric ? 'justify-end text-right' : 'text-left'}`}
                      title={t(nextSort(sort, c.key).direction === 'ascending' ? 'sortAscending' : 'sortDescending', {
                        column: c.header,
                      })}
                      onClick={() => setSort(nextSort(sort, c.key))}
                    >
                      {label}
                      <span aria-hidden="true" className={active ? '' : 'text-slate-400'}>
                        {active ? ARROW[active] : '↕'}
                      </span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.className} data-testid={r.testId}>
              {r.cells.map((cell, i) =>
                cell.rowHeader ? (
                  <th key={model.columns[i]!.key} scope="row" className={cell.className}>
                    {cell.content}
                  </th>
                ) : (
                  <td key={model.columns[i]!.key} className={cell.className}>
                    {cell.content}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
