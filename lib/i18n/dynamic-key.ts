import type { TCatalog } from './messages';

/**
 * A catalogue key built from data (e.g. `criterion.${id}`), or null when the catalogue has no
 * such key, so the caller can fall back to the data's own (English) label.
 */
export function dynamicKey<M extends Record<string, string>>(
  catalog: TCatalog<M>,
  key: string,
): (keyof M & string) | null {
  return Object.hasOwn(catalog.en, key) ? key : null;
}
