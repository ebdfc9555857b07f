/**
 * The organisation file as the judge of who and what a line names (#15: `m2` for `M2` became a phantom
 * person that split M2's fine ladder and moved a dismissal by a month).
 *
 * With an organisation file, every field that names a person or a department must name one it knows. By
 * default a line that does not is rejected as `unknown-id`, naming the closest known id; with `lenientIds`
 * it is accepted and a `warning` record says so. Without an organisation file the ids are not checked, and
 * the summary says once what the ledger then leaves out (`no-org`).
 */
import { closest } from '../kernel/messages.js';
import type { Bilingual } from '../kernel/result.js';
import type { AuditRecord, AuditWarning, OrgFile } from './types.js';

/**
 * The event fields that name a person of the organisation file: the common `employee`, and the ids the
 * vocabulary names people by elsewhere (`document-borrowed`'s `handler`, `handover`'s `incoming`,
 * `inspection-recorded`'s `inspector`). A test
 * holds this list to the vocabulary.
 */
export const PERSON_FIELDS = ['employee', 'handler', 'incoming', 'inspector'] as const;
/** The event fields that name a department of the organisation file. */
export const DEPARTMENT_FIELDS = ['department'] as const;

/** What an organisation file gives the ledger, and so what is left out without one (`no-org`). */
export const NO_ORG_MESSAGE =
  'no organisation file: ids are not checked, and the ledger has no departments, no joint liability of department heads, no names, no bonuses (P09), day wages (P12) or salaries (P10)';
const NO_ORG_MESSAGE_ZH =
  '未提供组织文件：不核对编号；台账中没有部门、部门负责人的连带责任、姓名、奖金（P09）、日工资（P12）和月薪（P10）';

/** Suggestions kept per audit, so a log naming the same unknown id on every line pays for one search. */
const SUGGESTIONS_KEPT = 1000;

type Kind = 'employee' | 'department';

const KIND_ZH: Readonly<Record<Kind, string>> = { employee: '员工', department: '部门' };

/** One audit's check of the ids its lines name. Built once per audit: nothing here outlives the audit. */
export class OrgIdCheck {
  private readonly people: ReadonlySet<string>;
  private readonly departments: ReadonlySet<string>;
  private readonly suggestions = new Map<string, string | undefined>();
  /** Lines accepted with an unknown id (`lenientIds`). */
  private warned = 0;

  constructor(
    private readonly org: OrgFile | undefined,
    private readonly lenient: boolean,
  ) {
    this.people = new Set(org?.people.map((p) => p.id));
    this.departments = new Set(org?.departments.map((d) => d.id));
  }

  /**
   * The problem with a line's ids, when it must be rejected as `unknown-id`; `undefined` when it is read on.
   * Leniently, a line naming an unknown id is read on and a warning record (for `line`) goes to `out`.
   */
  check(event: Readonly<Record<string, unknown>>, line: number, out: AuditRecord[]): Bilingual | undefined {
    if (this.org === undefined) return undefined;
    const problem = this.problem(event);
    if (problem === undefined || !this.lenient) return problem;
    this.warned += 1;
    out.push({
      type: 'warning',
      warning: {
        line,
        code: 'unknown-id',
        message: `${problem.en}: read as given (lenientIds), booked apart from everyone the file knows`,
        messageZh: `${problem.zh}：按原样读入（lenientIds），与组织文件中的人员分开记账`,
      },
    });
    return undefined;
  }

  /** The audit-wide warnings for the summary: `no-org`, or how many lines `lenientIds` let through. */
  summary(): { readonly warnings?: readonly AuditWarning[] } {
    if (this.org === undefined)
      return { warnings: [{ code: 'no-org', message: NO_ORG_MESSAGE, messageZh: NO_ORG_MESSAGE_ZH }] };
    if (this.warned === 0) return {};
    const lines = this.warned === 1 ? '1 line names' : `${this.warned} lines name`;
    const message = `${lines} a person or department the organisation file does not know, read as given (lenientIds): each such id is booked as a person or department of its own, with no name, head, bonus or wage from the file`;
    const messageZh = `${this.warned} 行写有组织文件中没有的人员或部门，按原样读入（lenientIds）：每个这样的编号单独记账，没有文件中的姓名、负责人、奖金或工资`;
    return { warnings: [{ code: 'unknown-id', message, messageZh, lines: this.warned }] };
  }

  private problem(event: Readonly<Record<string, unknown>>): Bilingual | undefined {
    for (const field of PERSON_FIELDS) {
      const id = event[field];
      if (typeof id === 'string' && !this.people.has(id)) return this.describe('employee', field, id);
    }
    for (const field of DEPARTMENT_FIELDS) {
      const id = event[field];
      if (typeof id === 'string' && !this.departments.has(id)) return this.describe('department', field, id);
    }
    return undefined;
  }

  private describe(kind: Kind, field: string, id: string): Bilingual {
    const what = field === kind ? kind : `${field} (${kind})`;
    const whatZh = field === kind ? `${KIND_ZH[kind]}` : `${field}（${KIND_ZH[kind]}）`;
    const hint = this.suggest(kind, id);
    return {
      en: `${what} ${JSON.stringify(id)} is not in the organisation file${hint === undefined ? '' : ` (did you mean ${hint}?)`}`,
      zh: `组织文件中没有${whatZh} ${JSON.stringify(id)}${hint === undefined ? '' : `（是否是 ${hint}？）`}`,
    };
  }

  /** The closest known id, remembered (a log may name the same unknown id on every line). */
  private suggest(kind: Kind, id: string): string | undefined {
    const key = `${kind}\u0000${id}`;
    if (this.suggestions.has(key)) return this.suggestions.get(key);
    const hint = closest(id, [...(kind === 'employee' ? this.people : this.departments)]);
    if (this.suggestions.size >= SUGGESTIONS_KEPT) this.suggestions.clear();
    this.suggestions.set(key, hint);
    return hint;
  }
}
