/**
 * An organisation's configuration: zone, warning share, organisation name, calendar years, per-rule
 * parameter overrides, and effective-dated versions of the overrides. A rule is judged by the version in
 * force at its start instant, so changing a policy never rewrites past verdicts.
 */
import * as z from 'zod';
import { calendarWith, type WorkingDayCalendar } from './calendar/calendar.js';
import type { CalendarYearData } from './calendar/data.js';
import { noticeYearSchema, yearFromNotice } from './calendar/notice.js';
import { type Issue, KefuRuleError } from './errors.js';
import { userErrors } from './messages.js';
import { instant, isoDate } from './schemas.js';
import { isValidZone, parseDate, parseInstant, startOfLocalDay } from './time.js';
import { DEFAULT_ZONE } from './zone-offset.js';

const calendarEntry = z
  .object({ date: isoDate, en: z.string().min(1), zh: z.string().min(1) })
  .strict()
  .describe('a day with the holiday it belongs to (English and Chinese names)');

const calendarDays = z
  .object({
    holidays: z.array(calendarEntry).describe('days off, including weekend days inside a break'),
    workdays: z.array(calendarEntry).default([]).describe('make-up working days (调休)'),
  })
  .strict();

/** A year as days (the built-in data's form) or as the State Council's notice states it (breaks). */
const calendarYear = z.union([calendarDays, noticeYearSchema]);

/**
 * The calendar part of a configuration, also what a calendar file holds (`kefu --calendar FILE`,
 * `KEFU_CALENDAR_FILE`): years to add or correct, and what to do with a year nobody knows.
 */
export const calendarSettingsSchema = z
  .object({
    years: z
      .record(z.string().regex(/^\d{4}$/, 'a four-digit year'), calendarYear)
      .default({})
      .describe('extra or corrected years, e.g. 2027 once its notice is published'),
    unknownYears: z
      .enum(['error', 'weekends-only'])
      .default('error')
      .describe(
        'a day of a year nobody knows: an error (default), or Monday–Friday working with a calendar-guessed warning',
      ),
  })
  .strict();

const ruleOverrides = z
  .record(z.string(), z.record(z.string(), z.unknown()))
  .describe('parameter overrides by rule id, e.g. { "P01.complaint-reply": { "validReplyWithin": "PT1H" } }');

const warningShare = z.number().gt(0).lt(1).describe('share of a window after which a pending rule is at-risk');

const version = z
  .object({
    validFrom: z.union([isoDate, instant]).describe('date (start of day in the zone) or instant it takes effect'),
    warningShare: warningShare.optional(),
    orgName: z.string().min(1).optional(),
    rules: ruleOverrides.optional(),
  })
  .strict();

export const orgConfigSchema = z
  .object({
    zone: z
      .string()
      .refine(isValidZone, { message: 'not an IANA time zone' })
      .default(DEFAULT_ZONE)
      .describe('IANA zone for day counting'),
    warningShare: warningShare.default(0.75),
    orgName: z.string().min(1).optional().describe('organisation name used in phone greetings'),
    calendar: calendarSettingsSchema
      .optional()
      .describe('extra or corrected calendar years, e.g. 2027 once announced, and what to do with unknown years'),
    rules: ruleOverrides.optional(),
    versions: z.array(version).optional().describe('effective-dated overrides, applied cumulatively in date order'),
  })
  .strict();

export type OrgConfig = z.input<typeof orgConfigSchema>;

interface Settings {
  readonly warningShare: number;
  readonly orgName: string | undefined;
  readonly rules: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export interface ResolvedVersion extends Settings {
  /** Epoch ms the version takes effect; `-Infinity` for the base settings. */
  readonly from: number;
}

export interface ResolvedConfig {
  readonly zone: string;
  readonly calendar: WorkingDayCalendar;
  /** Base settings first, then versions by `validFrom` ascending, each cumulative. */
  readonly versions: readonly ResolvedVersion[];
}

export function zodIssues(error: z.ZodError, prefix: readonly (string | number)[] = []): Issue[] {
  return flatIssues(error.issues, prefix);
}

type ZodIssue = z.ZodError['issues'][number];

/**
 * Issues with their paths; a union that matched no branch answers with the issues of the branch that got
 * furthest into the input (the deepest path), so a typo deep inside a calendar year is named as such
 * rather than as zod's bare "Invalid input" at the year.
 */
function flatIssues(issues: readonly ZodIssue[], prefix: readonly (string | number)[]): Issue[] {
  return issues.flatMap((i): Issue[] => {
    const path = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (i.code === 'invalid_union' && i.errors.length > 0) {
      const depth = (branch: readonly ZodIssue[]) => Math.max(...branch.map((b) => b.path.length));
      const best = i.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
      return flatIssues(best, path);
    }
    return [{ path, message: i.message }];
  });
}

function mergeRules(
  base: Settings['rules'],
  next: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined,
): Settings['rules'] {
  if (!next) return base;
  const merged: Record<string, Readonly<Record<string, unknown>>> = { ...base };
  for (const [id, overrides] of Object.entries(next)) merged[id] = { ...merged[id], ...overrides };
  return merged;
}

/** A calendar section's years as days, or `invalid-config` naming the first bad entry. */
export function calendarYears(
  input: z.output<typeof calendarSettingsSchema> | undefined,
  prefix: readonly (string | number)[] = ['calendar'],
): Map<number, CalendarYearData> {
  const years = new Map<number, CalendarYearData>();
  for (const [key, entry] of Object.entries(input?.years ?? {})) {
    if ('breaks' in entry) {
      const { data, issues } = yearFromNotice(Number(key), entry, [...prefix, 'years', key]);
      if (data === undefined) {
        throw new KefuRuleError('invalid-config', `calendar year ${key}: ${issues[0]?.message ?? 'invalid'}`, issues);
      }
      years.set(Number(key), data);
      continue;
    }
    const data = entry;
    const all = [...data.holidays, ...data.workdays];
    const stray = all.find((e) => !e.date.startsWith(`${key}-`));
    if (stray) {
      const path = [...prefix, 'years', key];
      throw new KefuRuleError('invalid-config', `calendar year ${key} lists ${stray.date}`, [
        { path, message: `${stray.date} is not in ${key}` },
      ]);
    }
    years.set(Number(key), data);
  }
  return years;
}

/** Validate and resolve a configuration; throws `KefuRuleError('invalid-config')` naming the field. */
export function resolveConfig(input: unknown, knownRuleIds: ReadonlySet<string>): ResolvedConfig {
  const parsed = orgConfigSchema.safeParse(input ?? {}, { error: userErrors });
  if (!parsed.success) {
    throw new KefuRuleError('invalid-config', 'invalid configuration', zodIssues(parsed.error, ['config']));
  }
  const cfg = parsed.data;
  const unknownRule = (rules: Record<string, unknown> | undefined, path: (string | number)[]) => {
    for (const id of Object.keys(rules ?? {})) {
      if (!knownRuleIds.has(id)) {
        throw new KefuRuleError('invalid-config', `unknown rule id ${id} in configuration`, [
          { path: ['config', ...path, id], message: 'not a rule id of the catalogue' },
        ]);
      }
    }
  };
  unknownRule(cfg.rules, ['rules']);
  const zone = cfg.zone;
  const calendar = calendarWith(calendarYears(cfg.calendar), cfg.calendar?.unknownYears);
  const base: ResolvedVersion = {
    from: Number.NEGATIVE_INFINITY,
    warningShare: cfg.warningShare,
    orgName: cfg.orgName,
    rules: mergeRules({}, cfg.rules),
  };
  const dated = (cfg.versions ?? []).map((v, index) => {
    unknownRule(v.rules, ['versions', index, 'rules']);
    const day = parseDate(v.validFrom);
    const from = day !== undefined ? startOfLocalDay(day, zone) : (parseInstant(v.validFrom) ?? 0);
    return { v, from };
  });
  dated.sort((a, b) => a.from - b.from);
  const versions: ResolvedVersion[] = [base];
  for (const { v, from } of dated) {
    const prev = versions[versions.length - 1] ?? base;
    versions.push({
      from,
      warningShare: v.warningShare ?? prev.warningShare,
      orgName: v.orgName ?? prev.orgName,
      rules: mergeRules(prev.rules, v.rules),
    });
  }
  return { zone, calendar, versions };
}

/** The version in force at an instant; the base settings when there is no instant. */
export function versionAt(config: ResolvedConfig, at: number | undefined): { version: ResolvedVersion; index: number } {
  let index = 0;
  if (at !== undefined) {
    for (let i = 1; i < config.versions.length; i += 1) {
      const v = config.versions[i];
      if (v && v.from <= at) index = i;
    }
  }
  const version = config.versions[index] ?? config.versions[0];
  if (!version) throw new KefuRuleError('internal', 'configuration has no base version');
  return { version, index };
}
