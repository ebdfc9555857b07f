/** A seed clause as spec/clauses.json lists it. */
export interface SeedClause {
  readonly id: string;
  readonly policy: string;
  readonly clause: string;
  readonly lines: readonly [number, number];
  readonly checkable: 'yes' | 'param' | 'weak' | 'no';
  readonly quote?: string;
  readonly judgedBy?: readonly string[];
  readonly notJudgedBy?: readonly string[];
  readonly partly?: string;
  readonly missingPart?: string;
  readonly gap?: string;
  readonly reason?: string;
  readonly remark?: string;
}

export interface RuleLines {
  readonly id: string;
  readonly policy: string;
  readonly clause: string;
  readonly seedLines: readonly [number, number];
}

export interface MappedClause extends SeedClause {
  readonly rules: readonly string[];
  readonly status: 'covered' | 'partly' | 'uncovered' | 'not-checkable';
}

export declare const CHECKABLE: ReadonlySet<string>;
export declare function coverageMap(
  clauses: readonly SeedClause[],
  rules: readonly RuleLines[],
): { clauses: MappedClause[]; problems: string[] };
export declare function countsOf(mapped: readonly MappedClause[]): {
  clauses: number;
  checkable: number;
  covered: number;
  partly: number;
  uncovered: number;
  inspection: number;
  inspectionJudged: number;
  notCheckable: number;
};
