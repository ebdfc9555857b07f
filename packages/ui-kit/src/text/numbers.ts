/**
 * Number formatting shared by the components and the plain-text helpers. Internal: not exported from
 * either entry. Dependency-free, so `@kefu/ui-kit/text` stays light.
 */

const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const moneyFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ungroupedMoneyFormat = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
});

/** `12345` → `"12,345"` (rounded; locale-independent so output is stable across machines). */
export function formatCount(value: number): string {
  return integerFormat.format(value);
}

/** `1234.5` → `"1,234.50"`, or `"1234.50"` with `grouping` false. */
export function formatMoney(value: number, grouping = true): string {
  return (grouping ? moneyFormat : ungroupedMoneyFormat).format(value);
}

/** A finite number or `fallback`. */
export function finiteOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
