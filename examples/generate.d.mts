// Types for generate.mjs, so TypeScript code (the audit's tests, the benchmarks) can import it.
export interface OfficeOptions {
  seed?: number;
  /** First month, YYYY-MM. */
  month?: string;
  months?: number;
  households?: number;
  staff?: number;
  /** Number of sites (each a copy of the office with its own staff and households). */
  scale?: number;
}

export interface Office {
  org: {
    name: string;
    households: number;
    departments: { id: string; name: string; head?: string }[];
    people: {
      id: string;
      name: string;
      department: string;
      monthlyBonus: number;
      dayWage: number;
      monthlySalary: number;
      basePoints: number;
    }[];
    ladder: string[];
  };
  config: Record<string, unknown>;
  strictConfig: Record<string, unknown>;
  /** The events, in time order. */
  events(): Generator<Record<string, unknown> & { type: string; at: string }>;
}

export function generateOffice(options?: OfficeOptions): Office;
