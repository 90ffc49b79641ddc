import type { ReactNode } from 'react';
import { SortableTable, type TTableModel } from './sortable-table';
import type { TSort, TSortValue } from './table-sort';

/** One column of a `DataTable`. */
export type TColumn<T> = {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The cell that names its row, a row header (`<th scope="row">`), as the first column usually is. */
  rowHeader?: boolean;
  /** A header for screen readers only, for a column whose cells say what they are (buttons, say). */
  hideHeader?: boolean;
  /** Makes the column sortable, by this value of each row. */
  sortValue?: (row: T) => TSortValue;
  /** Figures: aligned right, in digits of one width. */
  numeric?: boolean;
  /** Classes added to the column's cells, or to one row's cell. */
  className?: string | ((row: T) => string);
};

/** A caption above the table (or for screen readers only), or the id of a heading that names it. */
type TName = { caption: string; captionHidden?: boolean; labelledBy?: never } | { labelledBy: string; caption?: never };

type TDataTableProps<T> = TName & {
  columns: readonly TColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowTestId?: (row: T) => string;
  rowClassName?: (row: T) => string;
  /** `lines` rules off each row; `grid` draws every cell's border, for printing and heat maps. */
  variant?: 'lines' | 'grid';
  testId?: string;
  /** The sort the table starts in, its header marked so (rows not in that order are sorted). */
  initialSort?: TSort;
};

/** Class names joined, the empty ones left out. */
const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

const STYLE = {
  lines: { head: 'border-b border-slate-300', row: 'border-b border-slate-200', cell: undefined },
  grid: { head: 'border border-slate-300 bg-slate-100', row: undefined, cell: 'border border-slate-300' },
};

/**
 * The app's one table of data: headers with their scope, a caption, sorting by the columns that
 * have a sort value, and a box that scrolls sideways so that a wide table never widens a phone's
 * page. Works in server and client components alike: the cells are rendered here, and only the
 * result goes to the client component that sorts.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  rowTestId,
  rowClassName,
  variant = 'lines',
  ...rest
}: TDataTableProps<T>) {
  const style = STYLE[variant];
  const align = (c: TColumn<T>) => (c.numeric ? 'text-right tabular-nums' : 'text-left');
  const model: TTableModel = {
    columns: columns.map((c) => ({
      key: c.key,
      header: c.header,
      hideHeader: c.hideHeader ?? false,
      sortable: c.sortValue !== undefined,
      numeric: c.numeric ?? false,
      className: classes('px-2 py-1 align-bottom font-semibold', style.head, align(c)),
    })),
    rows: rows.map((r) => ({
      key: rowKey(r),
      testId: rowTestId?.(r),
      className: classes('align-top', style.row, rowClassName?.(r)),
      cells: columns.map((c) => ({
        content: c.cell(r),
        rowHeader: c.rowHeader ?? false,
        className: classes(
          'px-2 py-1',
          c.rowHeader && 'font-normal',
          style.cell,
          align(c),
          typeof c.className === 'function' ? c.className(r) : c.className,
        ),
      })),
      sortValues: columns.map((c) => c.sortValue?.(r) ?? null),
    })),
    tableClassName: 'w-full border-collapse text-sm',
    caption: rest.caption === undefined ? undefined : { text: rest.caption, hidden: rest.captionHidden ?? false },
    labelledBy: rest.labelledBy,
    testId: rest.testId,
    initialSort: rest.initialSort,
  };
  return <SortableTable model={model} />;
}
