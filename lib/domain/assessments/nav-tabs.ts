// Which tab of an assessment's navigation is the current page. Tabs share prefixes that are not
// path segments ("/report" and "/report-back"), so a tab matches its own path and the paths
// below it, never a sibling that merely starts with the same letters.

/**
 * Whether the tab at `tabPath` (e.g. `/assessments/a1/plan`) is current on `pathname`; the overview
 * tab (`base`) only on itself.
 */
export function isCurrentTab(pathname: string, tabPath: string, base: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (tabPath === base) return path === base;
  return path === tabPath || path.startsWith(`${tabPath}/`);
}
