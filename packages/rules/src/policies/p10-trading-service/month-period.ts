/** The reporting month of P10's monthly rules, from a `YYYY-MM` fact the schema has already validated. */
import { parseMonth, type YearMonth } from '../../kernel/time.js';

export function monthOf(text: string): YearMonth {
  // Unreachable fallback: the schema has validated the month; it only satisfies the type checker.
  return parseMonth(text) ?? { year: 1970, month: 1 };
}
