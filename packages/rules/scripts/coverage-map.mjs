// The coverage map of issue #18: each seed clause of spec/clauses.json against the rules that judge it.
// Shared by the generator (scripts/coverage.mjs, over the built registry) and its test (over the sources).
//
// A rule judges a clause of its own policy when its `seedLines` overlap the clause's lines, so a rule added
// later shows up by itself. Two explicit lists per clause correct what line ranges cannot tell: `judgedBy`
// (another policy's rule, or one whose lines do not reach the clause) and `notJudgedBy` (a rule whose broad
// range spans the clause without judging it, e.g. P12.monthly-score over every P12 item).

const overlaps = (a, b) => a[0] <= b[1] && b[0] <= a[1];

/** Checkable as the seed states it, or once the organisation sets the limit the seed leaves open. */
export const CHECKABLE = new Set(['yes', 'param']);

/**
 * Each clause with the rule ids that judge it and its status: `covered`, `partly` (a rule judges it and the
 * clause names what is still missing), `uncovered` (checkable, no rule) or `not-checkable` (no rule, and the
 * clause says why). `problems` lists what makes the map wrong: a clause with neither a rule nor a reason, an
 * unknown rule id, an exclusion that no longer overlaps.
 */
export function coverageMap(clauses, rules) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const problems = [];
  const mapped = clauses.map((c) => {
    for (const id of [...(c.judgedBy ?? []), ...(c.notJudgedBy ?? [])]) {
      if (!byId.has(id)) problems.push(`${c.id}: names ${id}, which is not a registered rule`);
    }
    for (const id of c.notJudgedBy ?? []) {
      const rule = byId.get(id);
      if (rule && !(rule.policy === c.policy && overlaps(rule.seedLines, c.lines))) {
        problems.push(`${c.id}: notJudgedBy ${id}, whose seed lines do not reach the clause (drop it)`);
      }
    }
    const excluded = new Set(c.notJudgedBy ?? []);
    const found = rules
      .filter((r) => r.policy === c.policy && overlaps(r.seedLines, c.lines) && !excluded.has(r.id))
      .map((r) => r.id);
    const ids = [...new Set([...found, ...(c.judgedBy ?? []).filter((id) => byId.has(id))])];
    let status;
    if (ids.length > 0) status = c.partly ? 'partly' : 'covered';
    else if (CHECKABLE.has(c.checkable)) status = 'uncovered';
    else status = 'not-checkable';
    if (status === 'uncovered' && !c.gap)
      problems.push(`${c.id}: checkable, no rule judges it, and no \`gap\` says why`);
    if (status === 'not-checkable' && !c.reason) problems.push(`${c.id}: no rule judges it and no \`reason\` says why`);
    return { ...c, rules: ids, status };
  });
  const seen = new Set();
  for (const c of clauses) {
    if (seen.has(c.id)) problems.push(`${c.id}: listed twice`);
    seen.add(c.id);
  }
  const judged = new Set(mapped.flatMap((c) => c.rules));
  for (const r of rules) if (!judged.has(r.id)) problems.push(`${r.id}: judges no clause of spec/clauses.json`);
  return { clauses: mapped, problems };
}

/** Counts of one list of mapped clauses: the checkable ones by status, the others by whether a rule judges them. */
export function countsOf(mapped) {
  const checkable = mapped.filter((c) => CHECKABLE.has(c.checkable));
  const count = (list, status) => list.filter((c) => c.status === status).length;
  const inspection = mapped.filter((c) => c.checkable === 'weak');
  const never = mapped.filter((c) => c.checkable === 'no');
  return {
    clauses: mapped.length,
    checkable: checkable.length,
    covered: count(checkable, 'covered'),
    partly: count(checkable, 'partly'),
    uncovered: count(checkable, 'uncovered'),
    inspection: inspection.length,
    inspectionJudged: inspection.filter((c) => c.rules.length > 0).length,
    notCheckable: never.length,
  };
}
