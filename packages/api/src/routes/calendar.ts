/**
 * The working-day calendar (mainland China's official one, plus the years the configuration adds). Dates
 * are `YYYY-MM-DD`; the library validates them and explains every answer.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { addWorkingDays, calendarYears, dayInfo, holidaysOf, type KefuError, monthDays } from '@kefu/rules';
import { type RouteDeps, routeApp } from '../context.js';
import { kefuErrorResponse } from '../problem.js';
import { bilingual, dayInfo as dayInfoSchema, list, problems } from '../schemas.js';

const date = (name: string, example: string) =>
  z.string().openapi({ param: { name, in: 'path' }, example, description: 'A date, YYYY-MM-DD' });
const whole = (name: string, where: 'path' | 'query', example: string) =>
  z
    .string()
    .regex(/^\d{1,4}$/, 'expected a whole number')
    .openapi({ param: { name, in: where }, example });

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

const holidayPeriod = z
  .object({
    key: z.string().openapi({ example: 'national-day' }),
    name: bilingual,
    firstDay: z.string(),
    lastDay: z.string(),
    days: list(z.string()),
    makeUpDays: list(z.string()).openapi({ description: 'Weekend days worked to make up for the break (调休)' }),
  })
  .openapi('HolidayPeriod');

const dayRoute = createRoute({
  method: 'get',
  path: '/calendar/days/{date}',
  operationId: 'getCalendarDay',
  tags: ['calendar'],
  summary: 'Is a date a working day, and why',
  request: { params: z.object({ date: date('date', '2026-10-08') }) },
  responses: { 200: json('The day', dayInfoSchema), ...problems(400, 401, 404, 422, 429, 500) },
});

const afterRoute = createRoute({
  method: 'get',
  path: '/calendar/working-days',
  operationId: 'addWorkingDays',
  tags: ['calendar'],
  summary: 'The Nth working day after a date, with every skipped day explained',
  request: {
    query: z.object({
      from: z.string().openapi({ example: '2026-09-30', description: 'Start date (never counted), YYYY-MM-DD' }),
      days: whole('days', 'query', '3'),
    }),
  },
  responses: {
    200: json(
      'The date reached and the days skipped',
      z
        .object({ from: z.string(), days: z.number().int(), date: z.string(), skipped: list(dayInfoSchema) })
        .openapi('WorkingDaysAfter'),
    ),
    ...problems(400, 401, 404, 422, 429, 500),
  },
});

const yearsRoute = createRoute({
  method: 'get',
  path: '/calendar/years',
  operationId: 'listCalendarYears',
  tags: ['calendar'],
  summary: 'The years the calendar knows',
  responses: {
    200: json('Known years', z.object({ years: list(z.number().int()) })),
    ...problems(400, 401, 404, 422, 429, 500),
  },
});

const holidaysRoute = createRoute({
  method: 'get',
  path: '/calendar/years/{year}/holidays',
  operationId: 'listHolidays',
  tags: ['calendar'],
  summary: "A year's holiday breaks and their make-up working days",
  request: { params: z.object({ year: whole('year', 'path', '2026') }) },
  responses: {
    200: json('The holidays', z.object({ year: z.number().int(), holidays: list(holidayPeriod) })),
    ...problems(400, 401, 404, 422, 429, 500),
  },
});

const monthRoute = createRoute({
  method: 'get',
  path: '/calendar/years/{year}/months/{month}',
  operationId: 'getCalendarMonth',
  tags: ['calendar'],
  summary: 'Every day of a month with its status',
  request: { params: z.object({ year: whole('year', 'path', '2026'), month: whole('month', 'path', '10') }) },
  responses: {
    200: json('The days', z.object({ days: list(dayInfoSchema) })),
    ...problems(400, 401, 404, 422, 429, 500),
  },
});

/** The library names the start date `date`; this route takes it as the query parameter `from`. */
function asFrom(error: KefuError): KefuError {
  const rename = (path: readonly (string | number)[]) => (path[0] === 'date' ? ['from', ...path.slice(1)] : [...path]);
  return {
    ...error,
    message: error.message.replace(/^date:/, 'from:'),
    issues: error.issues.map((issue) => ({ ...issue, path: rename(issue.path) })),
  };
}

export function calendarRoutes(deps: RouteDeps) {
  const options = { config: deps.config };
  return routeApp()
    .openapi(dayRoute, (c) => {
      const outcome = dayInfo(c.req.valid('param').date, options);
      return outcome.ok ? c.json(outcome.result, 200) : kefuErrorResponse(c, outcome.error);
    })
    .openapi(afterRoute, (c) => {
      const { from, days } = c.req.valid('query');
      const outcome = addWorkingDays(from, Number(days), options);
      return outcome.ok ? c.json(outcome.result, 200) : kefuErrorResponse(c, asFrom(outcome.error));
    })
    .openapi(yearsRoute, (c) => {
      const outcome = calendarYears(options);
      return outcome.ok ? c.json({ years: outcome.result }, 200) : kefuErrorResponse(c, outcome.error);
    })
    .openapi(holidaysRoute, (c) => {
      const year = Number(c.req.valid('param').year);
      const outcome = holidaysOf(year, options);
      return outcome.ok ? c.json({ year, holidays: outcome.result }, 200) : kefuErrorResponse(c, outcome.error);
    })
    .openapi(monthRoute, (c) => {
      const { year, month } = c.req.valid('param');
      const outcome = monthDays(Number(year), Number(month), options);
      return outcome.ok ? c.json({ days: outcome.result }, 200) : kefuErrorResponse(c, outcome.error);
    });
}
