#!/usr/bin/env node
// A seeded generator of realistic audit logs for a fictional property-management office, 湖畔花园物业管理处
// (Lakeside Gardens Property Management Office): a few hundred households, a dozen staff, and a month of
// what happens at its desks — shifts, calls, complaints, repairs, visits, reports, conduct — touching all
// fourteen policies, with some breaches of each kind. Plain Node ESM, no dependencies.
//
//   node examples/generate.mjs                      # writes examples/property-office/{events.ndjson,org.json,config.json}
//   node examples/generate.mjs --seed 7 --month 2026-05 --households 600 --staff 16
//   node examples/generate.mjs --scale 20 --month 2026-01 --months 12 --out /tmp/big   # 20 sites, a year: ~1M events
//
// Flags: --seed N (default 1), --month YYYY-MM (first month, default 2026-04), --months N (default 1),
// --households N (per site, default 400), --staff N (per site, default 12), --scale N (sites, default 1),
// --out DIR (default examples/property-office: without --out the committed example is rewritten),
// --stdout (events to stdout only), --help (this text; writes nothing).
// The months must lie inside the working-day calendar Kefu bundles (2004-01 to 2026-12): the audit refuses
// dates in a year it does not know, so the generator refuses such a run with a message instead.
//
// Also a library: `generateOffice(options)` returns { org, config, strictConfig, events() } where events()
// yields event objects in time order (used by the benchmarks to stream millions of events).

// @ts-check
// Type-checked as JavaScript (examples/tsconfig.json, `pnpm typecheck`), so `node examples/generate.mjs`
// needs no build step; generate.d.mts is generated from these JSDoc types (`pnpm typecheck` checks it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** mulberry32: a tiny seeded PRNG, good enough for test data and identical on every platform. */
/**
 * @param {number} seed
 * @returns {() => number} a number in [0, 1)
 */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const OFFSET = 8 * HOUR; // Asia/Shanghai, no daylight saving

/**
 * `2026-04-03T09:12:00+08:00` for an epoch ms.
 * @param {number} ms
 */
function iso(ms) {
  const d = new Date(Math.round(ms / 1000) * 1000 + OFFSET).toISOString();
  return `${d.slice(0, 19)}+08:00`;
}
/** @param {number} ms */
const dayOf = (ms) => new Date(ms + OFFSET).toISOString().slice(0, 10);
/**
 * Epoch ms of local midnight of a YYYY-MM-DD.
 * @param {string} date
 */
const midnight = (date) => Date.parse(`${date}T00:00:00+08:00`);

/**
 * @typedef {object} OfficeOptions
 * @property {number} [seed] The PRNG seed (default 1).
 * @property {string} [month] First month, YYYY-MM (default 2026-04).
 * @property {number} [months] Number of months (default 1).
 * @property {number} [households] Households per site (default 400).
 * @property {number} [staff] Staff per site (default 12, at least 12: every role the generator gives work to).
 * @property {number} [scale] Number of sites (each a copy of the office with its own staff and households).
 */
/**
 * @typedef {'service-director' | 'engineering-supervisor' | 'office-manager' | 'receptionist' | 'engineer'
 *   | 'property-assistant' | 'clerk'} Role
 */
/**
 * @typedef {object} Person One line of the organisation file's people.
 * @property {string} id
 * @property {string} name
 * @property {string} department
 * @property {number} monthlyBonus
 * @property {number} dayWage
 * @property {number} monthlySalary
 * @property {number} basePoints
 * @property {string} [group] P09 第二十二條: the engineers' repair group (組), the unit a group's loss is shared in
 */
/** @typedef {Person & { role: Role }} StaffMember A person with the role the generator gives them work by. */
/** @typedef {{ id: string; name: string; head?: string }} Department */
/**
 * @typedef {object} OrgFile
 * @property {string} name
 * @property {number} households
 * @property {Department[]} departments
 * @property {Person[]} people
 * @property {string[]} ladder
 */
/** @typedef {Record<string, unknown> & { type: string; at: string }} GeneratedEvent */
/**
 * @typedef {object} Office
 * @property {OrgFile} org
 * @property {Record<string, unknown>} config
 * @property {Record<string, unknown>} strictConfig
 * @property {() => Generator<GeneratedEvent, void, undefined>} events The events, in time order.
 */
/** @typedef {Required<OfficeOptions>} Settings */

const ORG_NAME = '湖畔花园物业';
/** @type {Settings} */
const DEFAULTS = { seed: 1, month: '2026-04', months: 1, households: 400, staff: 12, scale: 1 };
/** The three heads and one of each other role: fewer staff would leave some day's work with no one to do it. */
const MIN_STAFF = 12;

/**
 * The years of the working-day calendar Kefu bundles (`calendarYears()` of @kefu/rules; a test keeps the two
 * equal). A generated month outside them could not be audited: every event in it is refused.
 */
export const CALENDAR_YEARS = Object.freeze({ first: 2004, last: 2026 });

/**
 * The item at `index` of a list that is never empty here (the generator's staff lists, its choices).
 * @template T
 * @param {readonly T[]} list
 * @param {number} index
 * @returns {T}
 */
function nth(list, index) {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index} in a list of ${list.length}`);
  return item;
}

/**
 * The staff of one site: three departments, a head each, the rest by role.
 * @param {string} site
 * @param {number} staff
 * @returns {StaffMember[]}
 */
function siteStaff(site, staff) {
  /** @param {string} n */
  const p = (n) => `${site}${n}`;
  const names = [
    '王芳',
    '李娜',
    '张伟',
    '刘洋',
    '陈静',
    '杨帆',
    '赵磊',
    '黄丽',
    '周杰',
    '吴敏',
    '徐强',
    '孙悦',
    '马超',
    '朱琳',
    '胡斌',
    '郭婷',
  ];
  /** @type {Role[]} */
  const roles = ['service-director', 'engineering-supervisor', 'office-manager'];
  /** @type {Role[]} */
  const rest = [
    'receptionist',
    'receptionist',
    'receptionist',
    'receptionist',
    'engineer',
    'engineer',
    'engineer',
    'property-assistant',
    'clerk',
  ];
  /** @type {StaffMember[]} */
  const people = [];
  for (let i = 0; i < staff; i += 1) {
    const role = i < 3 ? nth(roles, i) : nth(rest, (i - 3) % rest.length);
    const department =
      role === 'engineering-supervisor' || role === 'engineer'
        ? 'ENG'
        : role === 'office-manager' || role === 'clerk'
          ? 'ADM'
          : 'CS';
    const bonus = role.endsWith('director') || role.endsWith('supervisor') || role.endsWith('manager') ? 3000 : 1500;
    people.push({
      id: p(`-${String(i + 1).padStart(2, '0')}`),
      name: nth(names, i % names.length) + (i >= names.length ? String(Math.floor(i / names.length) + 1) : ''),
      role,
      department: `${site}-${department}`,
      monthlyBonus: bonus,
      dayWage: bonus === 3000 ? 300 : 180,
      monthlySalary: bonus === 3000 ? 9000 : 5400,
      basePoints: bonus === 3000 ? 3 : 2,
    });
  }
  return people;
}

/**
 * The options with their defaults, checked: whole numbers in range, a YYYY-MM month, and months that stay
 * inside the calendar's years (issue #13: `--months 10` from April 2026 produced January 2027 events that
 * the audit refuses).
 * @param {OfficeOptions} options
 * @returns {Settings}
 */
function settings(options) {
  /** @type {Settings} */
  const o = { ...DEFAULTS };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) Object.assign(o, { [key]: value });
  const counts = /** @type {const} */ (['seed', 'months', 'households', 'staff', 'scale']);
  for (const key of counts) {
    const value = o[key];
    const least = key === 'seed' ? 0 : key === 'staff' ? MIN_STAFF : 1;
    if (!Number.isSafeInteger(value) || value < least)
      throw new RangeError(
        `--${key} must be a whole number of at least ${least}${key === 'staff' ? ' (one of each role)' : ''}, not ${String(value)}`,
      );
  }
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(String(o.month));
  if (!month) throw new RangeError(`--month must be a month as YYYY-MM, not ${String(o.month)}`);
  const first = Number(month[1]) * 12 + Number(month[2]) - 1;
  const last = first + o.months - 1;
  const label = (/** @type {number} */ m) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  const { first: firstYear, last: lastYear } = CALENDAR_YEARS;
  if (Math.floor(first / 12) < firstYear || Math.floor(last / 12) > lastYear)
    throw new RangeError(
      `--month ${o.month} --months ${o.months} runs from ${label(first)} to ${label(last)}, outside the working-day ` +
        `calendar (${firstYear}-01 to ${lastYear}-12): the audit would refuse those dates. ` +
        `Choose months inside it, e.g. --month ${lastYear}-01 --months ${Math.min(o.months, 12)}.`,
    );
  return o;
}

/**
 * The example office and its seeded event log.
 * @param {OfficeOptions} [options]
 * @returns {Office}
 * @throws {RangeError} when an option is out of range, or the months run outside the calendar's years
 */
export function generateOffice(options = {}) {
  const o = settings(options);
  const sites = Array.from({ length: o.scale }, (_, i) => (o.scale === 1 ? 'S' : `S${i + 1}`));
  const people = sites.flatMap((site) => siteStaff(site, o.staff));
  const departments = sites.flatMap((site) =>
    /** @type {const} */ (['CS', 'ENG', 'ADM']).map((d) => {
      const id = `${site}-${d}`;
      const head = people.find((p) => p.department === id && /director|supervisor|manager/.test(p.role));
      const name = { CS: '客服部', ENG: '工程部', ADM: '综合办公室' }[d];
      return { id, name: o.scale === 1 ? name : `${name} ${site}`, ...(head && { head: head.id }) };
    }),
  );
  const org = {
    name: `${ORG_NAME}管理处`,
    households: o.households * o.scale,
    departments,
    // #18 (seed-c): the engineers in two repair groups (組), for a loss charged to a group (P09 第二十二條).
    people: people.map(({ role, ...p }, i) => ({
      ...p,
      ...(role === 'engineer' && { group: i % 2 === 1 ? '维修一组' : '维修二组' }),
    })),
    // Breaches that go through the P10 fine ladder (besides named service-rule breaches): the SLA rules
    // whose breaches the office fines; frequent desk slips (rings, greetings) are left to P12 scoring.
    ladder: [
      'P01.complaint-reply',
      'P01.service-callback',
      'P08.engineer-arrival',
      'P08.repair-feedback',
      'P10.callback-30min',
      'P10.promised-reply',
      'P10.hang-up',
      'P10.visit-registration',
      // #18: the checklist's P10 item (要求 6, the three musts) is fined like a P10 service rule ((五)1).
      'P10.inspection-three-musts',
      // #18 (seed-e): P10's callbacks, escalation and visit rounds are service rules too, fined under (五)1.
      'P10.rejection-escalation',
      'P10.callback',
      'P10.callback-retry',
      'P10.follow-up-case',
      'P10.customer-work',
      'P10.visit-rounds',
      // #18 (seed-c): the day's visit and complaint records (職責 2) are a service rule too.
      'P10.original-records',
      'P13',
      'P14.leave-during-work',
    ],
  };
  const config = {
    zone: 'Asia/Shanghai',
    orgName: ORG_NAME,
    rules: {
      // Each service with its Chinese name, which the Chinese explanation uses (#15).
      'P01.service-fee': {
        priceList: {
          'door-lock-replacement': { price: 80, zh: '更换门锁' },
          'pipe-unblocking': { price: 60, zh: '疏通管道' },
          'window-cleaning': { price: 120, zh: '擦窗' },
        },
      },
      // Limits the seed leaves open (P08 4.5: 立即, 及時), set as this office chooses.
      'P08.escalation': { difficultWithin: 'PT30M', majorWithin: 'PT2H' },
      // Limits the seed leaves open (及時, 迅速): the office's own.
      'P03.on-site-response': { onSiteWithin: 'PT4H' },
      'P03.contact-reply': { replyWithin: 'P1D' },
      'P02.distribution-time': { deliverWithin: 'PT4H' },
      // Limits the seed leaves open (P08 4.11 及時, 4.12 and 4.15 定期; P10 職責 5, line 289 立刻, line 298 及時,
      // line 323 定期): the office's own.
      'P08.enquiry-reply': { replyWithin: 'PT2H' },
      'P08.key-reconciliation': { every: 'P31D' },
      'P08.satisfaction-survey': { every: 'P92D' },
      'P10.customer-work': { trainingEvery: 'P92D', visitEvery: 'P31D' },
      'P10.rejection-escalation': { escalateWithin: 'PT15M' },
      'P10.callback': { callbackWithin: 'P1D' },
      'P10.visit-rounds': { every: 'P31D' },
      // P09 第七條's 迅速 (a declined complaint answered): the office's own.
      'P09.decline-reply': { replyWithin: 'P1D' },
      // P13 第七條(一)4's 迅速 (the approved result told to the customer): the office's own.
      'P13.result-relay': { relayWithin: 'P1D' },
      // P13 第十一條's approval table (the seed keeps the heading, not the table): the office's own.
      'P13.approval-authority': {
        bands: [{ upTo: 5000, approver: '业务部经理' }, { upTo: 50000, approver: '副总经理' }, { approver: '总经理' }],
      },
      // P03 客戶服務's 及時 (a suggestion's outcome reported back): the office's own.
      'P03.suggestion-feedback': { reportWithin: 'P7D' },
      // P06 1.3.3's yearly plan (no date in the seed): the office's own, a month into the year.
      'P06.annual-plan': { submitWithin: 'P31D' },
      // P10 職責 2's 及時 (a day's visit and complaint records handed in) and P12 4.3's 一定的加分 (merit points
      // for good work): the office's own.
      'P10.original-records': { within: 'P1D' },
      'P12.good-work': { pointsPerTime: 2 },
      // P02 1.11's 不得延辦 and P05 四's 及時 (a document handled; a letter or visit replied to): the office's own.
      'P02.internal-handling': { handleWithin: 'P3D' },
      'P05.letter-visit-reply': { replyWithin: 'P1D' },
      // P01 投訴 2's complete record (the seed lists no entry): the office's own.
      'P01.complaint-record': { requiredEntries: ['handling', 'outcome'] },
    },
  };
  // A stricter regime for what-if runs: replies within 1 h, engineers within 15 min, 3 late minutes cost more.
  const strictConfig = {
    ...config,
    rules: {
      ...config.rules,
      'P01.complaint-reply': { validReplyWithin: 'PT1H', invalidReplyWithin: 'PT1H' },
      'P08.engineer-arrival': { arriveWithin: 'PT15M' },
      'P12.lateness': { minorMaxMinutes: 3 },
      'P10.repeat-violation': { firstFine: 150 },
    },
  };
  return { org, config, strictConfig, events: () => events(o, sites, people) };
}

/** @typedef {{ t: number; n: number; e: GeneratedEvent }} Pending An event and its time, waiting in the queue. */

/** A binary min-heap on (`t`, `n`): follow-ups (a reply, a callback days later) wait here until their time. */
const before = (/** @type {Pending} */ x, /** @type {Pending} */ y) => x.t < y.t || (x.t === y.t && x.n < y.n);
class Queue {
  /** @type {Pending[]} */
  items = [];
  /** @param {Pending} item */
  push(item) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = nth(a, p);
      if (!before(item, parent)) break;
      a[i] = parent;
      i = p;
    }
    a[i] = item;
  }
  peek() {
    return this.items[0];
  }
  /** @returns {Pending | undefined} */
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (last !== undefined && a.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const r = l + 1;
        const c = r < a.length && before(nth(a, r), nth(a, l)) ? r : l;
        const child = nth(a, c);
        if (!before(child, last)) break;
        a[i] = child;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}

/** @typedef {(at: number, type: string, fields?: Record<string, unknown>) => void} Emit */

/**
 * #18, P09 第九–十四條 and 第十七條: a retail complaint's route, step by step between its receipt and its
 * closing, and its investigation report. Drawn from a stream of its own (`draw`), so every other event of a
 * seed stays as it was. Now and then the general manager's approval is skipped, or the report leaves out
 * how a recurrence is prevented.
 * @param {Emit} ev
 * @param {() => number} draw
 * @param {string} id
 * @param {number} at the receipt
 * @param {number} closed the closing
 * @param {string} employee
 */
function retailComplaintRoute(ev, draw, id, at, closed, employee) {
  const steps = [
    'department-assigned',
    'investigated',
    'report-reviewed',
    'hr-opinion',
    'gm-approved',
    'handling-opinion',
    'opinion-reviewed',
    'customer-answered',
  ].filter((step) => step !== 'gm-approved' || draw() >= 0.25);
  const gap = (closed - at) / (steps.length + 1);
  steps.forEach((step, i) => {
    ev(at + (i + 0.5) * gap, 'complaint-step', { case: id, employee, step });
  });
  ev(at + 2.5 * gap, 'investigation-reported', {
    case: id,
    employee,
    cause: '出货前未抽检',
    course: '客户收货时发现外箱破损',
    responsible: '仓储组',
    conclusion: '投诉成立',
    countermeasures: '换货并致歉',
    ...(draw() >= 0.15 && { prevention: '出货前逐箱抽检' }),
  });
}

/**
 * #18, P13 第九條(一): what the 客戶抱怨處理表 says on receipt — now and then without the part number or
 * the defective sample. Its own stream, as above.
 * @param {() => number} draw
 * @param {string} id
 * @param {number} at the receipt
 */
function manufacturingComplaintForm(draw, id, at) {
  return {
    number: id,
    ...(draw() >= 0.08 && { partNumber: `P-${1000 + Math.floor(draw() * 9000)}` }),
    shipDate: dayOf(at - 10 * DAY),
    quantity: '500',
    defectiveQuantity: String(5 + Math.floor(draw() * 40)),
    request: '换货',
    salesOpinion: '同意换货',
    sampleAttached: draw() >= 0.1,
  };
}

/**
 * #18, P13 第九條(三)–(五): a manufacturing case's route from registration to sales carrying out what was
 * approved (its production step with manufacturing's report, 第七條(四)), beside the acceptance, report,
 * sales' result and opinion the office already logs; R&D's advice
 * in some cases, and now and then a negotiation result the sales supervisor never reviewed. Its own stream.
 * @param {Emit} ev
 * @param {() => number} draw
 * @param {string} id
 * @param {number} at the receipt
 * @param {string} employee
 */
function manufacturingCaseRoute(ev, draw, id, at, employee) {
  /** @type {[string, number][]} step and its day after the receipt */
  const route = [
    ['registered', 0.15],
    ['quality-analysed', 1.1],
    ['production-analysed', 2],
    ['manager-instructed', 2.5],
    ['rnd-advised', 2.8],
    ['gm-office-checked', 3],
    ['sales-opinion', 3.5],
    ['negotiated', 4],
    ['result-reviewed', 4.5],
    ['combined-opinion', 6],
    ['approved', 6.5],
    ['returned-to-sales', 6.9],
  ];
  const withRnd = draw() < 0.3;
  const reviewed = draw() >= 0.2;
  // 第七條(四): the production step carries manufacturing's report; every fourth case leaves out the operator
  // (picked by the case number, not drawn, so the stream's other draws stay as they were).
  const report = {
    productionUnit: '二厂冲压课',
    machineShift: '3号机 夜班',
    ...(Number(id.slice(-2)) % 4 !== 3 && { operator: '李四' }),
    productionDate: dayOf(at - 12 * DAY),
  };
  for (const [step, day] of route) {
    if ((step === 'rnd-advised' && !withRnd) || (step === 'result-reviewed' && !reviewed)) continue;
    ev(at + day * DAY, 'complaint-step', { case: id, employee, step, ...(step === 'production-analysed' && report) });
  }
}

/**
 * #18, P09 第十九條 2 and 第二十三條, P13 第十二條(二): the month's complaint penalties executed on the last
 * day — a retail bonus deduction on an approved 獎罰通知單, the month's retail sanction approved and
 * published, a manufacturing notice and its three copies — now and then without the general manager's
 * approval, or with accounting's copy missing. Its own stream, as above.
 * @param {Emit} ev
 * @param {() => number} draw
 * @param {number} at the execution, on the month's last day
 * @param {string} employee who executes them (the office manager here)
 */
function complaintPenalties(ev, draw, at, employee) {
  const approvedAt = iso(at - 3 * DAY);
  ev(at, 'penalty-executed', { employee, scheme: 'retail', ...(draw() >= 0.5 && { approvedAt }) });
  ev(at, 'penalty-executed', { employee, scheme: 'retail', kind: 'sanction', approvedAt, publishedAt: iso(at) });
  const copies = ['gm-office', 'accounting', 'penalised-department'].filter((c) => c !== 'accounting' || draw() >= 0.5);
  ev(at, 'penalty-executed', { employee, scheme: 'manufacturing', approvedAt, copies });
}

/**
 * #18, P13 第十三條: the month's complaint allowance and return posted by accounting on the last day — the
 * allowance now and then without the customer's seal — and the salesperson's collection rate with a
 * complaint's receivable left out. Its own stream, as above.
 * @param {Emit} ev
 * @param {() => number} draw
 * @param {number} at on the month's last day
 * @param {string} clerk who posts
 * @param {string} seller whose collection rate it is
 */
function complaintReturns(ev, draw, at, clerk, seller) {
  ev(at, 'return-posted', {
    employee: clerk,
    kind: 'allowance',
    managerApproved: true,
    gmApproved: true,
    customerSealed: draw() >= 0.5,
    proof: 'allowance-certificate',
  });
  ev(at + HOUR, 'return-posted', {
    employee: clerk,
    kind: 'return',
    reason: '外观不良',
    method: '重处理',
    basis: '客户抱怨处理表',
    managerApproved: true,
    proof: draw() < 0.5 ? 'invoice-copy' : 'return-certificate',
  });
  const receivable = 50_000 + Math.round(draw() * 50_000);
  ev(at + 2 * HOUR, 'collection-rate-reported', {
    employee: seller,
    receivable,
    collected: Math.round(receivable * 0.7),
    complaintReceivable: Math.round(receivable * 0.2),
  });
}

/**
 * #18, P13 第三條: a quality reaction that caused no loss, handled on site — now and then without its
 * 異常處理單. Its own stream and its own case ids, so every other event and id stays as it was.
 * @param {Emit} ev
 * @param {() => number} draw
 * @param {number} at
 * @param {string} id
 * @param {string} employee
 */
function complaintAnomaly(ev, draw, at, id, employee) {
  ev(at, 'anomaly-handled', { case: id, employee, formFiled: draw() >= 0.4 });
}

/**
 * #18 (seed-f), P09 第十六條: a retail complaint's card flow at the store, beside its handling route — the
 * store handles it itself or with the operations supervisor, and now and then sends the card before the
 * handling (its result not on the card). Its own stream (`draw`), so every other event stays as it was.
 * @param {Emit} ev
 * @param {() => number} draw
 * @param {string} id
 * @param {number} at the receipt
 * @param {string} employee
 */
function retailCardFlow(ev, draw, id, at, employee) {
  const withSupervisor = draw() < 0.4;
  const handling = withSupervisor ? ['supervisor-consulted', 'handled-with-supervisor'] : ['store-handled'];
  const steps = draw() < 0.2 ? ['card-filled', 'card-sent', ...handling] : ['card-filled', ...handling, 'card-sent'];
  ev(at, 'complaint-step', { case: id, employee, step: 'store-received' });
  steps.forEach((step, i) => {
    ev(at + (i + 1) * 20 * MIN, 'complaint-step', { case: id, employee, step });
  });
}

/**
 * #18 (seed-f), P13 第九條(六)(八) and 第七條(一)4: a manufacturing case's cause and tracking decision, in some
 * cases a conclusion the customer does not accept, refiled on a new form with the original attached, and the
 * result told to the customer in time. All kept here: a P13 breach is fined on the office's ladder (org.json),
 * which would move the fines and joint liability the month already has. Its own stream, as above.
 * @param {Emit} ev
 * @param {() => number} draw
 * @param {string} id
 * @param {number} at the receipt
 * @param {string} employee
 */
function manufacturingFollowUps(ev, draw, id, at, employee) {
  const cause = draw() < 0.4 ? 'wrong-quantity' : 'material';
  const tracking = { tracking: draw() < 0.7 ? 'tracked' : 'not-tracked' };
  ev(at + 1.2 * DAY, 'complaint-classified', { case: id, employee, cause, ...tracking });
  // 第七條(一)4: the approved result told to the customer within hours of the form's return to sales (6.9 days
  // in, see manufacturingCaseRoute).
  ev(at + 6.9 * DAY + (2 + draw() * 18) * HOUR, 'result-relayed', { case: id, employee });
  // Every other case (by its number, not drawn: the month always has one) is disputed by the customer.
  if (Number(id.slice(-1)) % 2 === 0) {
    ev(at + 7.5 * DAY, 'conclusion-disputed', { case: id, employee });
    ev(at + 8 * DAY, 'complaint-refiled', { case: id, employee, newForm: `${id}-2`, originalAttached: true });
  }
}

/**
 * #18 (seed-g), P01 投訴 2: most property complaints' closings keep the record (how it was handled, its
 * outcome — now and then the outcome left blank), and a complaint whose reply agreed a next reply time is
 * followed up before it is closed: mostly by that time, now and then after it. Returns the closing's record
 * fields. A follow-up only lands before the closing (a line after it could come when the case is freed).
 * Its own stream, as above.
 * @param {Emit} ev
 * @param {() => number} draw
 * @param {string} id
 * @param {string} employee
 * @param {{ reply: number; next: number } | undefined} agreed the first reply and the next reply time it agreed
 * @param {number} closed
 * @returns {Record<string, string>}
 */
function complaintRecord(ev, draw, id, employee, agreed, closed) {
  if (agreed !== undefined) {
    const late = draw() < 0.15 && closed > agreed.next + HOUR;
    const from = late ? agreed.next + MIN : agreed.reply + MIN;
    const to = late ? closed - MIN : Math.min(agreed.next, closed - MIN);
    if (to > from) ev(from + draw() * (to - from), 'complaint-replied', { case: id, employee });
  }
  if (draw() < 0.3) return {};
  return { handling: '上门查看并安排维修', ...(draw() < 0.9 && { outcome: '已处理，业户认可' }) };
}

/**
 * #18 (seed-f), P09 第七條 and P13 第九條(十三): a retail complaint the store declines (the supervisor decides,
 * now and then the store on its own; the customer answered within hours, now and then the next day), and a
 * manufacturing complaint not established whose receivable is collected by its due date (always, as above:
 * P13 breaches are on the office's fine ladder).
 * Cases of their own, received not valid (so no month's complaint count changes), from their own stream.
 * @param {Emit} ev
 * @param {() => number} draw
 * @param {number} at
 * @param {string} site
 * @param {string} date
 * @param {string} receptionist
 * @param {string} clerk
 */
function declinedComplaints(ev, draw, at, site, date, receptionist, clerk) {
  const retail = `${site}-D-${date}`;
  ev(at, 'complaint-received', { case: retail, employee: receptionist, scheme: 'retail', valid: false });
  const decidedBy = draw() < 0.25 ? 'store' : 'supervisor';
  ev(at + 30 * MIN, 'complaint-invalidated', { case: retail, employee: receptionist, decidedBy });
  const replyHours = draw() < 0.2 ? 26 + draw() * 10 : 1 + draw() * 6;
  ev(at + 30 * MIN + replyHours * HOUR, 'complaint-replied', { case: retail, employee: receptionist });
  const manufacturing = `${site}-N-${date}`;
  ev(at + HOUR, 'complaint-received', {
    case: manufacturing,
    employee: clerk,
    scheme: 'manufacturing',
    valid: false,
    market: 'domestic',
    number: manufacturing,
    partNumber: 'P-2040',
    shipDate: dayOf(at - 10 * DAY),
    quantity: '200',
    defectiveQuantity: '3',
    request: '退货',
    salesOpinion: '客诉不成立',
    sampleAttached: true,
  });
  const dueOn = dayOf(at + 6 * DAY);
  ev(at + 2 * DAY, 'complaint-invalidated', { case: manufacturing, employee: clerk, receivableDueOn: dueOn });
  ev(at + (3 + draw() * 3) * DAY, 'receivable-collected', { case: manufacturing, employee: clerk });
}

/**
 * #18 (seed-f), P03 流程 and 客戶服務: now and then an installation work order filled in from the documents
 * received (once in a while without the vehicle list), and a customer's suggestion passed on and its outcome
 * reported back (now and then late, or never passed on). Its own stream, as above.
 * @param {Emit} ev
 * @param {() => number} draw
 * @param {number} at
 * @param {number} d Day of the month.
 * @param {string} employee a customer-service person
 */
function gpsDeskPaper(ev, draw, at, d, employee) {
  if (d % 5 === 3) {
    const inputs = ['installation-request', 'vehicle-list', 'driver-vehicle-info'];
    ev(at, 'work-order-filled', {
      employee,
      inputs: draw() < 0.2 ? inputs.filter((i) => i !== 'vehicle-list') : inputs,
    });
  }
  if (d % 6 === 1) {
    const days = draw() < 0.15 ? 8 + draw() * 5 : 1 + draw() * 5;
    ev(at + HOUR, 'suggestion-reported', {
      employee,
      receivedAt: iso(at + HOUR - days * DAY),
      forwarded: draw() >= 0.1,
    });
  }
}

/**
 * #18, the front desk's seed clauses P01 放行 4 and 社區文化 2,4 and P12 4.2.2(1): a site's day of non-owners let
 * in, now and then a community-culture activity, and a rare quarrel with an owner. Drawn from a stream of their
 * own (`own`), so every other event of a seed stays as it was.
 * @param {object} day
 * @param {(at: number, type: string, fields?: Record<string, unknown>) => void} day.ev
 * @param {() => number} day.own
 * @param {number} day.day0 Local midnight.
 * @param {number} day.d Day of the month.
 * @param {string} day.monthKey
 * @param {string} day.site
 * @param {number} day.households
 * @param {readonly StaffMember[]} day.receptionists
 * @param {readonly StaffMember[]} day.engineers
 * @param {StaffMember} day.director
 * @param {StaffMember} day.clerk
 */
function frontDeskClausesDay({ ev, own, day0, d, site, households, receptionists, director }) {
  const chance = (/** @type {number} */ p) => own() < p;
  const pick = (/** @type {readonly StaffMember[]} */ list) => nth(list, Math.floor(own() * list.length));
  const household = () => `${site}-H${Math.floor(own() * households) + 1}`;
  // P01 放行 4: a few non-owners a day, now and then let in with no consent of the resident's on record.
  for (let c = 0; c < 3; c += 1) {
    ev(day0 + (8 + own() * 13) * HOUR, 'visitor-admitted', {
      employee: pick(receptionists).id,
      household: household(),
      ...(!chance(0.05) && { residentConsent: !chance(0.02) }),
    });
  }
  // P01 社區文化 2,4: two community-culture activities a month, as planned, now and then not evaluated.
  if (d === 9 || d === 23)
    ev(day0 + 15 * HOUR, 'community-activity-held', {
      department: `${site}-CS`,
      employee: director.id,
      activity: d === 9 ? '邻里文化节' : '亲子手工课',
      inPlan: !chance(0.1),
      evaluated: !chance(0.3),
    });
  // P12 4.2.2(1): a quarrel with an owner, rarely; a serious one more rarely still.
  if (chance(0.03))
    ev(day0 + (9 + own() * 9) * HOUR, 'conduct-breach', {
      employee: pick(receptionists).id,
      kind: 'owner-quarrel',
      severity: chance(0.1) ? 'heavy' : chance(0.5) ? 'medium' : 'light',
    });
}

/**
 * #18, the back office's seed clauses P02 1.10 and 2.3.1, P03 專業安裝, 職責 and 客戶服務, P06 1.2 and P14 1.1.7:
 * documents delivered, liaison slips, customers answered, installation visits, technicians on site, a month-end
 * stocktake and a roster revision. Drawn from the same stream of their own (`own`).
 * @param {object} day
 * @param {(at: number, type: string, fields?: Record<string, unknown>) => void} day.ev
 * @param {() => number} day.own
 * @param {number} day.day0 Local midnight.
 * @param {number} day.d Day of the month.
 * @param {string} day.monthKey
 * @param {string} day.site
 * @param {number} day.households
 * @param {readonly StaffMember[]} day.receptionists
 * @param {readonly StaffMember[]} day.engineers
 * @param {StaffMember} day.director
 * @param {StaffMember} day.clerk
 */
function backOfficeClausesDay({ ev, own, day0, d, monthKey, site, receptionists, engineers, director, clerk }) {
  const chance = (/** @type {number} */ p) => own() < p;
  const pick = (/** @type {readonly StaffMember[]} */ list) => nth(list, Math.floor(own() * list.length));
  // P02 2.3.1: a liaison slip on working days, signed by the department manager first (now and then after).
  const dow = new Date(day0 + OFFSET).getUTCDay();
  if (dow !== 0 && dow !== 6) {
    const sent = day0 + (9 + own() * 7) * HOUR;
    ev(sent, 'internal-document-sent', {
      employee: clerk.id,
      title: '内部联络单',
      ...(!chance(0.03) && { managerSignedAt: iso(sent + (chance(0.05) ? 1 : -1) * (10 + own() * 80) * MIN) }),
    });
  }
  // P02 1.10 and P03 客戶服務: a document delivered and a customer's letter or call answered, now and then late.
  if (d % 2 === 0) {
    const received = day0 + (9 + own() * 6) * HOUR;
    ev(received + (chance(0.1) ? 5 + own() * 20 : 0.2 + own() * 3) * HOUR, 'document-delivered', {
      employee: nth(receptionists, 0).id,
      receivedAt: iso(received),
    });
    const contacted = day0 + (9 + own() * 8) * HOUR;
    ev(contacted + (chance(0.1) ? 26 + own() * 20 : 1 + own() * 20) * HOUR, 'contact-replied', {
      employee: pick(engineers).id,
      contactedAt: iso(contacted),
      channel: chance(0.7) ? 'call' : 'letter',
    });
  }
  // P06 1.2: the site's month-end stocktake against its books, now and then an item short.
  if (d === 28)
    ev(day0 + 17 * HOUR, 'stock-counted', {
      department: `${site}-ENG`,
      employee: nth(engineers, 0).id,
      site,
      items: ['扳手', '灯管', '绝缘胶带', '水龙头'].map((item, i) => {
        const booked = 6 + 3 * i;
        return { item, booked, counted: chance(0.15) ? booked - 1 : booked };
      }),
    });
  // P03 專業安裝: an installation or design visit every few days, once in a while charged for.
  if (d % 4 === 2)
    ev(day0 + (10 + own() * 6) * HOUR, 'installation-charged', {
      employee: pick(engineers).id,
      work: chance(0.3) ? 'design' : 'installation',
      charged: chance(0.1) ? 50 : 0,
    });
  // P03 職責: a technician reaches a reported fault, now and then later than the office's 4 h.
  if (d % 3 === 1) {
    const reported = day0 + (8 + own() * 8) * HOUR;
    ev(reported + (chance(0.1) ? 4.5 + own() * 3 : 0.5 + own() * 3) * HOUR, 'technician-on-site', {
      employee: pick(engineers).id,
      reportedAt: iso(reported),
    });
  }
  // P14 1.1.7: the month's roster revised mid-month, the old copies now and then not recalled.
  if (d === 14)
    ev(day0 + 10 * HOUR, 'roster-revised', {
      department: `${site}-CS`,
      employee: director.id,
      month: monthKey,
      notified: true,
      reissued: true,
      oldRecalled: !chance(0.3),
    });
}

/**
 * P01 服務請求 1: a request's record carries the household and a visit time agreed with the resident (now
 * and then none agreed), drawn from the stream `own`.
 * @param {() => number} own
 * @param {number} at When the request was received.
 * @param {string} site
 * @param {number} households
 */
function requestRecord(own, at, site, households) {
  const household = `${site}-H${Math.floor(own() * households) + 1}`;
  if (own() < 0.04) return { household };
  return { household, agreedVisitAt: iso(at + (0.5 + own() * 3) * HOUR) };
}

/** Items a supervisor checks on each receptionist (#18): desk, phrases, jewellery, make-up, standing, tidy desk. */
const PERSONAL_ITEMS = [
  'P01.inspection-desk-clear',
  'P01.inspection-standard-phrases',
  'P04.inspection-no-jewellery',
  'P04.inspection-make-up',
  'P04.inspection-standing-service',
  'P11.inspection-desk-tidy',
  'P10.inspection-three-musts',
];
/**
 * Items about the department, its rooms, files and roles (#18): every other item, so that the example month
 * exercises each of them.
 */
const DEPARTMENT_ITEMS = [
  'P01.inspection-workroom-tidy',
  'P01.inspection-no-child-held',
  'P01.inspection-records-true',
  'P02.inspection-department-filing',
  'P02.inspection-records-filing',
  'P02.inspection-folders-labelled',
  'P02.inspection-courier',
  'P03.inspection-tools-kept',
  'P03.inspection-pre-departure',
  'P03.inspection-no-damage',
  'P03.inspection-materials-control',
  'P06.inspection-slips-filed',
  'P06.inspection-central-purchase',
  'P06.inspection-purchase-plan',
  'P07.inspection-ticket-custody',
  'P08.inspection-duty-assistant',
  'P08.inspection-work-area-clean',
  'P08.inspection-no-gossip',
  'P09.inspection-service-duties',
  'P09.inspection-case-supervision',
  'P10.inspection-customer-files',
  'P10.inspection-callback-script',
  'P10.inspection-standing-reception',
  'P10.inspection-visit-survey',
  'P10.inspection-contracts-filed',
  'P10.inspection-tracking-filed',
  'P10.inspection-teller-secrecy',
  'P10.inspection-survey-filed',
  'P12.inspection-assessor',
  'P13.inspection-form-copies',
  'P13.inspection-objection-memo',
  'P13.inspection-joint-handling',
  'P13.inspection-warehouse-signoff',
  'P14.inspection-attendance-clerk',
  // seed-i's (#18 section 2), appended so that the items above keep their draws.
  'P08.inspection-log-detailed',
  'P08.inspection-log-books-kept',
  'P13.inspection-qa-duties',
  'P13.inspection-gm-office-duties',
  'P13.inspection-answer-within-approval',
];

/**
 * #18 inspections: the service director's monthly checklist at a site (the 25th, from 10:00), each item an
 * `inspection-recorded` line, a few of them failed. It draws from a random stream of its own (seeded by the
 * day and the department), so every other event of a seed stays as it was.
 * @param {(at: number, type: string, fields?: Record<string, unknown>) => void} ev
 * @param {number} day0
 * @param {number} seed
 * @param {StaffMember} inspector
 * @param {readonly StaffMember[]} staff
 * @param {string} department
 */
function inspectionChecklist(ev, day0, seed, inspector, staff, department) {
  let salt = 0;
  for (const ch of department) salt = (salt * 31 + ch.charCodeAt(0)) % 0x7fff;
  const rnd = prng(seed + 0x15b1 + salt + Math.floor(day0 / DAY));
  // Nearby seeds start alike: the first draws are dropped so that the failures spread over the items.
  for (let i = 0; i < 8; i += 1) rnd();
  let at = day0 + 10 * HOUR;
  const line = (/** @type {string} */ item, /** @type {Record<string, unknown>} */ who) => {
    const passed = rnd() >= 0.08;
    at += 3 * MIN;
    ev(at, 'inspection-recorded', {
      ...who,
      inspector: inspector.id,
      item,
      passed,
      ...(!passed && { note: '抽查未达标' }),
    });
  };
  for (const person of staff.filter((p) => p.role === 'receptionist')) {
    for (const item of PERSONAL_ITEMS) line(item, { employee: person.id });
  }
  for (const item of DEPARTMENT_ITEMS) line(item, { department });
}

/**
 * @param {Settings} o
 * @param {readonly string[]} sites
 * @param {readonly StaffMember[]} people
 * @returns {Generator<GeneratedEvent, void, undefined>}
 */
function* events(o, sites, people) {
  const rnd = prng(o.seed);
  // Periodic paperwork (surveys, the community plan, rebate reports) draws from a stream of its own, so it
  // leaves every other event of a seed as it was.
  const paper = prng(o.seed + 0x5ef2);
  const paperChance = (/** @type {number} */ p) => paper() < p;
  // The front desk's own duties and the bans (#18) draw from a stream of their own too.
  const desk = prng(o.seed + 0xde5c);
  // #18's events of seed-b's clauses (frontDeskClausesDay, backOfficeClausesDay, requestRecord) draw from a
  // stream of their own too.
  const own = prng(o.seed + 0x18b);
  // #18's complaint routes, reports and forms draw from their own stream too.
  const complaintPaper = prng(o.seed + 0x18);
  const anomalyPaper = prng(o.seed + 0x30);
  // #18's events of seed-e's clauses (seedEDutiesDay) draw from a stream of their own too.
  const seedE = prng(o.seed + 0x5e0e);
  // seed-f's complaint events (card flow, follow-ups, declines) draw from a stream of their own too.
  const caseFollowUps = prng(o.seed + 0x5eedf);
  // seed-g's complaint records and follow-ups (P01 投訴 2) draw from a stream of their own too.
  const complaintRecords = prng(o.seed + 0x5eed9);
  // seed-h's events of #18's partly clauses (seedHClausesDay) draw from a stream of their own too.
  const seedH = prng(o.seed + 0x5eed8);
  // seed-c's events of #18's partly clauses (seedCClausesDay, retail acceptances) draw from a stream of their own too.
  const seedC = prng(o.seed + 0x5eedc);
  // seed-b's events of #18's partly clauses (seedBClausesDay) draw from a stream of their own too.
  const seedB = prng(o.seed + 0x5eedb);
  // helper ex's events of the rules the example office had no finding of (exClausesDay) draw from a stream of
  // their own too.
  const seedEx = prng(o.seed + 0x5eeda);
  /** Questionnaires issued, by `site half`, for their collection. */
  const surveys = new Map();
  /**
   * @template T
   * @param {readonly T[]} list
   * @returns {T}
   */
  const pick = (list) => nth(list, Math.floor(rnd() * list.length));
  const chance = (/** @type {number} */ p) => rnd() < p;
  const between = (/** @type {number} */ a, /** @type {number} */ b) => a + rnd() * (b - a);
  const [y = 0, m = 0] = o.month.split('-').map(Number);
  let caseNo = 0;
  const next = (/** @type {string} */ prefix) => `${prefix}-${String(++caseNo).padStart(6, '0')}`;
  const bySite = new Map(sites.map((s) => [s, people.filter((p) => p.id.startsWith(`${s}-`))]));
  const docNumbers = new Map(sites.map((s) => [s, 0]));

  // The log covers whole months: what would happen after the last one is not in it (still open then).
  const end = Date.UTC(y, m - 1 + o.months, 1) - OFFSET;
  const queue = new Queue();
  let seq = 0;
  for (let k = 0; k < o.months; k += 1) {
    const first = Date.UTC(y, m - 1 + k, 1);
    const monthKey = new Date(first).toISOString().slice(0, 7);
    const days = new Date(Date.UTC(y, m + k, 0)).getUTCDate();
    const nextMonth = new Date(Date.UTC(y, m + k, 1)).toISOString().slice(0, 7);
    for (let d = 1; d <= days; d += 1) {
      const date = `${monthKey}-${String(d).padStart(2, '0')}`;
      const day0 = midnight(date);
      /**
       * @param {number} at
       * @param {string} type
       * @param {Record<string, unknown>} [fields]
       */
      const ev = (at, type, fields) =>
        queue.push({ t: Math.round(at / 1000) * 1000, n: seq++, e: { type, at: iso(at), ...fields } });
      for (const site of sites) {
        const staff = bySite.get(site) ?? [];
        const of = (/** @type {Role} */ role) => staff.filter((p) => p.role === role);
        const receptionists = of('receptionist');
        const engineers = of('engineer');
        const assistant = of('property-assistant')[0] ?? nth(receptionists, 0);
        const clerk = of('clerk')[0] ?? nth(staff, 2);
        // Every site has one of each head (siteStaff gives the first three people these roles).
        const director = nth(of('service-director'), 0);
        const supervisor = nth(of('engineering-supervisor'), 0);
        const manager = nth(of('office-manager'), 0);
        const dept = (/** @type {Person} */ p) => p.department;

        // ── shifts: three front-desk shifts, day staff 08:30 ───────────────────────────────────────
        const starts = [7, 15, 23].map((h) => day0 + h * HOUR);
        ev(day0 + 6 * HOUR, 'shifts-set', {
          department: `${site}-CS`,
          date,
          shifts: [
            { start: '07:00', end: '15:00', name: '早班' },
            { start: '15:00', end: '23:00', name: '中班' },
            { start: '23:00', end: '07:00', name: '夜班' },
          ],
        });
        starts.forEach((start, i) => {
          const r = nth(receptionists, (d + i) % receptionists.length);
          const roll = rnd();
          if (roll < 0.01) {
            ev(start + 30 * MIN, 'absent', { employee: r.id });
            return;
          }
          const late = roll < 0.04 ? between(1, 14) : roll < 0.1 ? between(-9, 0) : between(-25, -11);
          ev(start + late * MIN, 'arrived', { employee: r.id, shiftStart: iso(start), handover: true });
          const end = start + 8 * HOUR;
          const tidy = chance(0.06) ? undefined : end - between(15, 25) * MIN;
          ev(end, 'shift-ended', { employee: r.id, shiftStart: iso(start), ...(tidy && { tidyStartedAt: iso(tidy) }) });
          const sloppy = chance(0.04);
          ev(end + 2 * MIN, 'handover', {
            employee: r.id,
            incoming: nth(receptionists, (d + i + 1) % receptionists.length).id,
            signedByOutgoing: true,
            signedByIncoming: !sloppy,
            itemsChecked: true,
            anomaliesRecorded: true,
            importantWorkOpen: false,
            workHandedOver: true,
            mailChecked: !sloppy || chance(0.5),
            keysHandedOver: true,
            logged: true,
          });
          if (i === 2) ev(end - 5 * MIN, 'lock-up', { employee: r.id, lockedUp: !chance(0.03), keyReturned: true });
          if (i === 1 && d % 10 === 7)
            ev(start + between(60, 400) * MIN, 'left-during-work', {
              employee: r.id,
              ...(chance(0.6) && { approvedAt: iso(start + 50 * MIN) }),
            });
        });
        const dayStart = day0 + 8.5 * HOUR;
        for (const p of [...engineers, supervisor, director, manager, assistant, clerk]) {
          if (!p) continue;
          const dow = new Date(day0 + OFFSET).getUTCDay();
          if (dow === 0 || dow === 6) continue;
          const roll = rnd();
          if (roll < 0.005) {
            ev(dayStart + HOUR, 'absent', { employee: p.id });
            continue;
          }
          const late = roll < 0.05 ? between(0.5, 12) : between(-20, -1);
          ev(dayStart + late * MIN, 'arrived', { employee: p.id, shiftStart: iso(dayStart) });
        }
        if (d % 8 === 6) {
          const r = pick(receptionists);
          const change = day0 + (d % 2 ? 15 : 23) * HOUR;
          ev(change, 'shift-changed', {
            employee: r.id,
            ...(chance(0.8) && { approvedAt: iso(change - between(2, 30) * HOUR) }),
          });
        }
        if (d % 11 === 3) {
          const r = pick(receptionists);
          const s = day0 + between(9, 12) * HOUR;
          ev(s, 'shift-covered', { employee: r.id, coverEnd: iso(s + between(1, 5) * HOUR) });
        }

        // ── calls at the front desk and on the service hotline ─────────────────────────────────────
        for (let c = 0; c < 28; c += 1) {
          const at = day0 + between(7, 23) * HOUR;
          const r = nth(receptionists, Math.floor((at - day0) / (8 * HOUR)) % receptionists.length);
          const rings = chance(0.05) ? 4 + Math.floor(rnd() * 3) : 1 + Math.floor(rnd() * 3);
          const long = chance(0.01);
          ev(at, 'call-answered', {
            employee: r.id,
            rings,
            greeting: chance(0.03) ? '喂，你好' : `您好，${ORG_NAME}`,
            direction: chance(0.2) ? 'inside' : 'outside',
            endedAt: iso(at + (long ? between(11, 20) : between(0.5, 4)) * MIN),
          });
        }
        for (let c = 0; c < 6; c += 1) {
          const at = dayStart + between(0, 9) * HOUR;
          ev(at, 'call-answered', {
            employee: assistant.id,
            line: 'hotline',
            rings: chance(0.05) ? 4 : 1 + Math.floor(rnd() * 3),
            greeting: chance(0.05) ? '您好' : `您好，${ORG_NAME}，請問什麼事情可以幫您`,
            endedAt: iso(at + between(1, 6) * MIN),
          });
          if (chance(0.3)) {
            const q = next(`${site}-Q`);
            ev(at + 5 * MIN, 'question-escalated', { case: q, employee: assistant.id });
            ev(at + 5 * MIN + (chance(0.04) ? between(31, 90) : between(5, 29)) * MIN, 'question-answered', {
              case: q,
              employee: assistant.id,
            });
          }
        }
        if (chance(0.3)) {
          const p = pick(staff);
          const at = dayStart + between(1, 8) * HOUR;
          ev(at, 'call-made', {
            employee: p.id,
            direction: 'inside',
            endedAt: iso(at + (chance(0.3) ? between(5.5, 9) : between(1, 4)) * MIN),
          });
        }
        // Yesterday's call log goes to the office today; now and then a day late.
        ev(day0 + (chance(0.08) ? 47.5 : 23.5) * HOUR, 'report-submitted', {
          rule: 'P10.call-log',
          employee: assistant.id,
          period: dayOf(day0 - DAY),
        });

        // ── complaints (P01 property; a few retail and manufacturing cases) ────────────────────────
        const complaints = 1 + Math.floor(rnd() * 3);
        for (let c = 0; c < complaints; c += 1) {
          const id = next(`${site}-C`);
          const r = pick(receptionists);
          const at = day0 + between(8, 21) * HOUR;
          const roll = rnd();
          const scheme =
            c === 0 && d % 7 === 2 ? 'manufacturing' : (c === 0 && d % 6 === 3) || roll < 0.05 ? 'retail' : 'property';
          if (scheme === 'property') {
            const valid = !chance(0.1);
            const spot = valid && chance(0.25);
            ev(at, 'complaint-received', { case: id, employee: r.id, valid, settledOnSpot: spot });
            /** The first reply and the next reply time it agreed (投訴 4), for the follow-up (投訴 2). */
            let agreed;
            if (!spot) {
              const reply = at + (chance(0.07) ? between(121, 300) : between(10, 115)) * MIN;
              const next = valid && !chance(0.04) ? reply + DAY : undefined;
              ev(reply, 'complaint-replied', {
                case: id,
                employee: r.id,
                ...(next !== undefined && { nextReplyAt: iso(next) }),
              });
              agreed = next === undefined ? undefined : { reply, next };
            }
            const closed = at + between(4, 48) * HOUR;
            if (valid && chance(0.95))
              ev(closed + between(1, 48) * HOUR, 'complaint-called-back', { case: id, employee: assistant.id });
            const record = complaintRecord(ev, complaintRecords, id, r.id, agreed, closed);
            ev(closed, 'complaint-closed', { case: id, employee: r.id, ...record });
          } else if (scheme === 'retail') {
            ev(at, 'complaint-received', {
              case: id,
              employee: r.id,
              scheme,
              customer: `业主${Math.floor(rnd() * o.households)}`,
              request: '退换商品',
              number: id,
              ...(chance(0.9) && { departmentOpinion: '同意退换' }),
            });
            const closed = at + (d % 12 === 3 || chance(0.1) ? between(8, 12) : between(1, 6)) * DAY;
            ev(closed, 'complaint-closed', { case: id, employee: r.id });
            retailComplaintRoute(ev, complaintPaper, id, at, closed, r.id);
            retailCardFlow(ev, caseFollowUps, id, at, r.id);
            retailAcceptance(ev, seedC, id, at, r.id);
            if (chance(0.3))
              ev(at + 2 * DAY, 'loss-assessed', {
                case: id,
                department: dept(r),
                ...(chance(0.5) && { employee: r.id }),
                loss: Math.round(between(200, 2500)),
              });
          } else {
            ev(at, 'complaint-received', {
              case: id,
              employee: clerk.id,
              scheme,
              market: chance(0.2) ? 'foreign' : 'domestic',
              ...manufacturingComplaintForm(complaintPaper, id, at),
            });
            manufacturingCaseRoute(ev, complaintPaper, id, at, clerk.id);
            manufacturingFollowUps(ev, caseFollowUps, id, at, clerk.id);
            ev(at + 2 * HOUR, 'complaint-accepted', { case: id, employee: manager.id });
            // The quality investigation is engineering's here, the GM office's opinion the office manager's
            // (P13 第九條(二),(五)): their steps are theirs, not the clerk's who took the complaint.
            ev(at + DAY, 'complaint-handled', { case: id, employee: supervisor.id });
            ev(at + DAY + (chance(0.2) ? between(3.2, 5) : between(0.5, 2.5)) * DAY, 'investigation-reported', {
              case: id,
            });
            ev(at + 5 * DAY, 'sales-result-received', { case: id, employee: manager.id });
            ev(at + 5 * DAY + (chance(0.15) ? between(1.5, 3) : between(0.1, 0.8)) * DAY, 'opinion-written', {
              case: id,
            });
            if (chance(0.85))
              ev(at + (chance(0.2) ? between(16, 25) : between(7, 14)) * DAY, 'complaint-closed', { case: id });
          }
        }

        // ── services and repairs ───────────────────────────────────────────────────────────────────
        for (let c = 0; c < 3; c += 1) {
          const id = next(`${site}-V`);
          const at = dayStart + between(0, 8) * HOUR;
          ev(at, 'service-requested', {
            case: id,
            employee: assistant.id,
            kind: 'convenience',
            service: pick(['代收快递', '代订报刊', '借用工具']),
            ...requestRecord(own, at, site, o.households),
          });
          const done = at + between(1, 6) * HOUR;
          ev(done, 'service-completed', { case: id, employee: assistant.id });
          if (!chance(0.02))
            ev(done + (chance(0.03) ? between(3, 6) : between(0.1, 1.5)) * DAY, 'service-called-back', {
              case: id,
              employee: assistant.id,
            });
        }
        if (chance(0.5)) {
          const id = next(`${site}-P`);
          const service = pick(/** @type {const} */ (['door-lock-replacement', 'pipe-unblocking', 'window-cleaning']));
          const price = { 'door-lock-replacement': 80, 'pipe-unblocking': 60, 'window-cleaning': 120 }[service];
          ev(dayStart + between(0, 8) * HOUR, 'service-completed', {
            case: id,
            employee: pick(engineers).id,
            kind: 'paid',
            service,
            charged: chance(0.1) ? price + 20 : price,
          });
        }
        for (let c = 0; c < 4; c += 1) {
          const id = next(`${site}-R`);
          const eng = pick(engineers);
          const at = day0 + between(8, 20) * HOUR;
          ev(at, 'repair-ordered', { case: id, employee: eng.id });
          const late = chance(0.1);
          const arrive = at + (late ? between(21, 60) : between(5, 19)) * MIN;
          if (late && chance(0.7))
            ev(at + 20 * MIN, 'owner-called', {
              case: id,
              employee: pick(receptionists).id,
              expectedCompletionAt: iso(arrive + 2 * HOUR),
            });
          ev(arrive, 'engineer-arrived', { case: id, employee: eng.id });
          const done = arrive + between(0.5, 3) * HOUR;
          ev(done, 'repair-completed', { case: id, employee: eng.id });
          if (!chance(0.05))
            ev(done + between(0.5, 20) * HOUR, 'repair-feedback', { case: id, employee: assistant.id });
        }

        // ── visitors, goods, visits, front-desk records ────────────────────────────────────────────
        for (let c = 0; c < 10; c += 1) {
          const at = day0 + between(8, 21) * HOUR;
          const persons = chance(0.2) ? 2 : 1;
          ev(at, 'visitor-registered', {
            employee: pick(receptionists).id,
            startedAt: iso(at - (chance(0.05) ? 80 : between(20, 55)) * persons * 1000),
            persons,
          });
        }
        for (let c = 0; c < 2; c += 1) {
          const owner = chance(0.8);
          ev(day0 + between(9, 20) * HOUR, 'goods-released', {
            employee: pick(receptionists).id,
            ownerVerified: true,
            passComplete: !chance(0.04),
            signedByDutyOfficer: true,
            stamped: !chance(0.03),
            isOwner: owner,
            ...(!owner && { ownerConsent: !chance(0.2) }),
          });
        }
        if (chance(0.8))
          ev(dayStart + between(1, 7) * HOUR, 'household-visited', {
            employee: assistant.id,
            household: `${site}-H${Math.floor(rnd() * o.households) + 1}`,
          });
        if (!chance(0.05))
          ev(day0 + between(20, 23.9) * HOUR, 'report-submitted', {
            rule: 'P08.daily-log-check',
            period: date,
            employee: director.id,
          });
        if (d % 9 === 4)
          ev(dayStart + HOUR, 'number-disclosed', {
            employee: pick(receptionists).id,
            supervisorApproved: chance(0.6),
          });
        if (d % 7 === 1)
          ev(dayStart + 2 * HOUR, 'item-held', { employee: pick(receptionists).id, approved: d !== 15, kind: 'keep' });
        if (d === 17 && chance(0.5))
          ev(dayStart + 3 * HOUR, 'accident', { department: `${site}-ENG`, note: '工程施工轻微事故' });

        // ── conduct and praise ─────────────────────────────────────────────────────────────────────
        if (chance(0.6)) {
          const p = pick([...receptionists, ...engineers, assistant]);
          const kinds = /** @type {const} */ ([
            'dress',
            'grooming',
            'posture',
            'dozing',
            'chatting',
            'chatting',
            'reading',
            'service-complaint',
            'service-rule',
            'private-dealings',
          ]);
          const kind = nth(kinds, (d + 3 * k) % kinds.length);
          const extra = {
            dress: { missing: [pick(['badge', 'tie', 'uniform'])] },
            grooming: { severity: pick(['light', 'medium']), aspect: 'appearance' },
            dozing: { severity: pick(['light', 'light', 'medium']) },
            chatting: chance(0.5) ? { severity: 'light' } : {},
            reading: {},
            posture: {},
            'service-complaint': { severity: 'light' },
            'service-rule': { rule: pick(['工作时间玩手机', '未按规定填写值班记录']) },
            'private-dealings': { conduct: 'personal-favour' },
          }[kind];
          ev(day0 + between(9, 18) * HOUR, 'conduct-breach', { employee: p.id, kind, ...extra });
        }
        if (chance(0.15))
          ev(day0 + between(9, 18) * HOUR, 'praised', {
            employee: pick([...receptionists, ...engineers]).id,
            severity: pick(['light', 'medium']),
          });

        deskDutiesAndBans(ev, desk, { day0, date, site, receptionists, engineers, assistant });
        seedEDutiesDay(ev, seedE, { day0, d, days, monthKey, site, receptionists, assistant });
        seedHClausesDay(ev, seedH, { day0, d, staff, receptionists });
        seedCClausesDay(ev, seedC, { day0, d, receptionists, engineers, assistant });
        seedBClausesDay(ev, seedB, { day0, d, days, date, site, staff, receptionists });
        exClausesDay(ev, seedEx, { day0, d, date, receptionists, assistant, clerk, manager });

        // ── film tickets sold on consignment at the front desk (P07) ───────────────────────────────
        const seller = nth(receptionists, d % receptionists.length);
        const shiftEnd = nth(starts, 0) + 8 * HOUR;
        ev(nth(starts, 0) + 6 * HOUR, 'tickets-sold', {
          employee: seller.id,
          soldOn: date,
          shiftEnd: iso(shiftEnd),
          byCover: false,
        });
        if (!chance(0.04))
          ev(shiftEnd - (chance(0.08) ? -between(30, 120) : between(5, 40)) * MIN, 'takings-remitted', {
            employee: seller.id,
            soldOn: date,
            amount: 35 * (1 + Math.floor(rnd() * 6)),
          });
        if (d % 7 === 0) {
          const sold = 10 + Math.floor(rnd() * 20);
          const short = chance(0.2) ? 35 : 0;
          const remitted = Math.min(350, sold * 35 - short);
          ev(day0 + 17 * HOUR, 'tickets-reconciled', {
            employee: seller.id,
            openingStock: 60,
            closingStock: 60 - sold,
            ticketsSold: sold,
            price: 35,
            cash: sold * 35 - short - remitted,
            remitted,
          });
          ev(day0 + 17.5 * HOUR, 'ticket-stock', {
            employee: seller.id,
            stock: chance(0.2) ? 0 : 60 - sold,
            requested: chance(0.7),
          });
        }

        // ── documents, GPS desk, materials (P02, P03, P06) ─────────────────────────────────────────
        if (chance(0.3)) {
          const id = next(`${site}-D`);
          const at = dayStart + between(0, 6) * HOUR;
          ev(at, 'document-borrowed', {
            case: id,
            employee: clerk.id,
            purpose: '核对合同',
            handler: clerk.id,
            returnBy: dayOf(at + 3 * DAY),
          });
          if (!chance(0.1))
            ev(at + (chance(0.15) ? between(4, 8) : between(0.2, 2.5)) * DAY, 'document-returned', {
              case: id,
              employee: clerk.id,
            });
        }
        if (chance(0.25)) {
          const id = next(`${site}-F`);
          const at = dayStart + between(0, 4) * HOUR;
          const steps = [
            'signed-in',
            'classified',
            'registered',
            'gm-reviewed',
            'circulated',
            'delivered',
            'handled',
            'result-written',
            'filed',
          ];
          if (chance(0.1)) [steps[3], steps[4]] = [nth(steps, 4), nth(steps, 3)];
          steps.forEach((step, i) => {
            ev(at + i * 2 * HOUR, 'document-step', { case: id, employee: clerk.id, flow: 'incoming', step });
          });
          docNumbers.set(site, (docNumbers.get(site) ?? 0) + (chance(0.05) ? 2 : 1));
          ev(at + HOUR, 'document-numbered', {
            employee: clerk.id,
            number: docNumbers.get(site),
            series: `${site}-internal`,
          });
          if (chance(0.3)) {
            ev(at + 3 * HOUR, 'document-signed', { case: id, employee: manager.id });
            if (chance(0.1)) ev(at + 30 * HOUR, 'document-modified', { case: id, employee: clerk.id });
          }
        }
        if (d % 5 === 0) {
          const at = dayStart + 2 * HOUR;
          const out = next(`${site}-F`);
          ['gm-reviewed', 'numbered', 'registered', 'sent', 'filed'].forEach((step, i) => {
            ev(at + 5 * HOUR + i * 30 * MIN, 'document-step', {
              case: out,
              employee: clerk.id,
              flow: 'outgoing',
              step: d % 10 === 0 && i < 2 ? ['numbered', 'gm-reviewed'][i] : step,
            });
          });
        }
        if (d === 12)
          ev(dayStart + 5 * HOUR, 'document-destroyed', { employee: clerk.id, gmApproved: chance(0.7), expired: true });
        if (d % 6 === 2)
          ev(dayStart + 5 * HOUR, 'document-accessed', {
            employee: pick(staff).id,
            classification: pick(['ordinary', 'secret', 'personnel']),
            action: pick(['read', 'copy']),
            actorRole: 'staff',
            gmApproved: chance(0.6),
          });
        if (d % 4 === 1) {
          const id = next(`${site}-G`);
          const at = dayStart + between(0, 5) * HOUR;
          ev(at, 'repair-call', {
            case: id,
            employee: assistant.id,
            customerName: `车主${id.slice(-3)}`,
            address: '湖畔花园停车场',
            contact: '138****0000',
            productModel: 'GT-200',
            ...(chance(0.9) && { purchaseDate: dayOf(at - 200 * DAY) }),
            fault: '定位漂移',
          });
          if (!chance(0.1)) ev(at + HOUR, 'dispatch-approved', { case: id, order: 'repair' });
          ev(at + 2 * HOUR, 'technician-departed', { case: id, employee: pick(engineers).id, order: 'repair' });
          if (d % 8 === 1) {
            ev(at + 3 * HOUR, 'fee-collected', { case: id, invoiceIssued: !chance(0.1), amount: 150 });
            ev(at + 5 * HOUR, 'technician-returned', { case: id });
            ev(at + (chance(0.1) ? 30 : 5.5) * HOUR, 'fee-remitted', { case: id });
            ev(at + 3 * HOUR, 'repair-charged', {
              case: id,
              purchasedAt: dayOf(at - (d % 2 ? 200 : 500) * DAY),
              partsCost: 100,
              labourCost: 50,
              charged: chance(0.8) ? 100 : 150,
            });
          }
          if (d % 12 === 5)
            ev(at + 3 * HOUR, 'sim-swapped', {
              case: id,
              oldSim: '8986001',
              ...(chance(0.9) && { newSim: '8986002' }),
            });
          if (d % 12 === 9)
            ev(at + 3 * HOUR, 'terminal-swapped', {
              case: id,
              plate: '沪A12345',
              fault: '定位漂移',
              oldTerminal: 'T-1001',
              newTerminal: 'T-2002',
            });
        }
        if (d % 15 === 8)
          ev(dayStart + 6 * HOUR, 'emergency-dispatched', {
            techniciansAvailable: chance(0.5) ? 0 : 1,
            managerApproved: chance(0.7),
            sent: 'other-department',
          });
        if (d % 9 === 4) {
          const id = next(`${site}-M`);
          const at = dayStart + between(0, 6) * HOUR;
          ev(at, 'requisition-raised', {
            case: id,
            employee: supervisor.id,
            materialCode: 'MAT-0042',
            materialName: '水管接头',
            urgency: 'normal',
            reviewedBySiteChief: d !== 13,
            category: 'spare-parts',
            requested: 20,
            inStock: chance(0.5) ? 50 : 5,
          });
          const steps = [
            'planner-check',
            'supervisor-sign',
            'manager-approve',
            'sent-to-production',
            'copy-to-business-management',
          ];
          if (d === 22) steps.splice(1, 1);
          steps.forEach((step, i) => {
            ev(at + (i + 1) * 3 * HOUR, 'requisition-step', { case: id, step });
          });
        }
        if (d % 10 === 5)
          ev(dayStart + 7 * HOUR, 'facts', {
            rule: 'P05.duty-of',
            facts: { task: pick(['催缴物业费', '整理住户资料', '安排绿化养护']) },
          });

        // ── monthly: plans, reviews, reports, bills ────────────────────────────────────────────────
        if (d === 1) {
          ev(dayStart + HOUR, 'training-planned', { month: monthKey, employee: director.id });
          ev(dayStart + 2 * HOUR, 'records-checked', {
            period: 'month',
            present: ['培訓計劃表', ...(chance(0.7) ? ['部門客戶投訴工作月報'] : [])],
          });
        }
        if (d % 7 === 3 && !chance(0.1)) {
          const trainees = receptionists.length + 1;
          ev(dayStart + 6 * HOUR, 'training-held', {
            employee: director.id,
            trainees,
            passed: chance(0.2) ? trainees - 1 : trainees,
          });
        }
        if (d === 10) {
          for (const rule of ['P13.monthly-summary', 'P09.monthly-stats']) {
            const prev = new Date(Date.UTC(y, m - 2 + k, 1)).toISOString().slice(0, 7);
            ev(dayStart + (chance(0.2) ? 40 : 3) * HOUR, 'report-submitted', {
              rule,
              period: prev,
              employee: manager.id,
            });
          }
        }
        if (d === 20)
          ev(dayStart + 3 * HOUR, 'log-inspected', {
            employee: director.id,
            pages: Array.from({ length: 30 }, (_, i) => ({
              number: i + 1,
              torn: false,
              altered: i === 17 && chance(0.3),
            })),
          });
        if (d === 24)
          ev(dayStart + (chance(0.25) ? 40 : 5) * HOUR, 'report-submitted', {
            rule: 'P14.attendance-report',
            period: monthKey,
            employee: manager.id,
          });
        if (d === 26)
          ev(dayStart + 4 * HOUR, 'report-submitted', {
            rule: 'P14.roster-publish',
            period: nextMonth,
            employee: director.id,
            everyoneHasCopy: !chance(0.2),
          });
        if (d === 28) {
          ev(dayStart + 4 * HOUR, 'report-submitted', { rule: 'P07.posters', period: monthKey, employee: seller.id });
          for (const r of receptionists)
            ev(dayStart + 5 * HOUR, 'phone-bill', {
              employee: r.id,
              bill: chance(0.3) ? 160 : 80,
              quota: 120,
              month: monthKey,
            });
          ev(dayStart + 6 * HOUR, 'sanction-imposed', {
            employee: pick(receptionists).id,
            sanction: 'warning',
            cause: 'document-error',
          });
        }
        if (d % 9 === 4) complaintAnomaly(ev, anomalyPaper, dayStart + 3 * HOUR, `${site}-A-${date}`, clerk.id);
        if (d % 8 === 5)
          declinedComplaints(
            ev,
            caseFollowUps,
            dayStart + 2 * HOUR,
            site,
            date,
            nth(receptionists, d % receptionists.length).id,
            clerk.id,
          );
        gpsDeskPaper(ev, caseFollowUps, dayStart + 4 * HOUR, d, nth(receptionists, (d + 1) % receptionists.length).id);
        // #18 (seed-f), P06 1.3.3: the year's material-requirement plan, submitted in the run's first month (and
        // each January) on the 10th — in April, past the office's 31 days (a breach the example shows).
        if (d === 10 && (monthKey === o.month || monthKey.endsWith('-01')))
          ev(dayStart + 5 * HOUR, 'annual-plan-submitted', { employee: clerk.id, year: Number(monthKey.slice(0, 4)) });
        if (d === days) {
          complaintPenalties(ev, complaintPaper, dayStart + 7 * HOUR, manager.id);
          complaintReturns(ev, complaintPaper, dayStart + 7 * HOUR, clerk.id, seller.id);
          if (!chance(0.2))
            ev(dayStart + 5 * HOUR, 'report-submitted', {
              rule: 'P08.monthly-callback',
              period: monthKey,
              employee: director.id,
            });
          ev(dayStart + 6 * HOUR, 'duty-records-reviewed', {
            employee: director.id,
            month: monthKey,
            recordsTotal: 90,
            recordsSpotChecked: chance(0.3) ? 12 : 20,
          });
        }
        if (date.endsWith('-04-20') || date.endsWith('-09-20') || date.endsWith('-12-20')) {
          ev(dayStart + 2 * HOUR, 'report-submitted', {
            rule: 'P14.holiday-roster',
            period: date.slice(0, 4),
            holiday: date.includes('-04-') ? 'labour-day' : date.includes('-09-') ? 'national-day' : 'new-year',
            employee: director.id,
          });
        }
        // One day's people and place, for both halves of the seed's desk clauses.
        const clauseDay = {
          ev,
          own,
          day0,
          d,
          monthKey,
          site,
          households: o.households,
          receptionists,
          engineers,
          director,
          clerk,
        };
        frontDeskClausesDay(clauseDay);
        backOfficeClausesDay(clauseDay);
        // ── paperwork drawn from its own stream (`paper`): surveys, the community plan, rebates ─────────
        // P01 走訪 3,4: the half-year's satisfaction survey is issued in April / October (due by the end of
        // June / December), now and then not to every occupied household, and collected two weeks later
        // (within the 15 working days), now and then with fewer than half back.
        if (date.endsWith('-04-08') || date.endsWith('-10-08')) {
          const half = `${date.slice(0, 4)}-H${date.includes('-04-') ? 1 : 2}`;
          const occupied = Math.round(o.households * 0.92);
          const issued = paperChance(0.3) ? occupied - 10 - Math.floor(paper() * 20) : occupied;
          surveys.set(`${site} ${half}`, issued);
          ev(dayStart + 2 * HOUR, 'survey-issued', {
            department: `${site}-CS`,
            employee: director.id,
            half,
            issued,
            occupiedHouseholds: occupied,
          });
        }
        if (date.endsWith('-04-22') || date.endsWith('-10-22')) {
          const half = `${date.slice(0, 4)}-H${date.includes('-04-') ? 1 : 2}`;
          const issued = surveys.get(`${site} ${half}`);
          if (issued !== undefined)
            ev(dayStart + 3 * HOUR, 'survey-collected', {
              department: `${site}-CS`,
              employee: director.id,
              half,
              returned: Math.round(issued * (0.42 + paper() * 0.2)),
            });
        }
        // P01 社區文化 1,3: next year's community-culture plan is made in December; in the log's first month
        // this year's plan, which the December before it does not show, is made — late.
        if (date.endsWith('-12-15') || (k === 0 && d === 15))
          ev(dayStart + 2 * HOUR, 'community-plan-made', {
            department: `${site}-CS`,
            employee: director.id,
            year: Number(date.slice(0, 4)) + (date.endsWith('-12-15') ? 1 : 0),
            costsConfirmed: paperChance(0.7),
          });
        // P10 (一)1,2: last month's agents' rebate statements by the 6th (now and then the 8th); the month's
        // actual and pending rebates tallied on its last day (now and then forgotten).
        if (d === 4)
          ev(day0 + (paperChance(0.25) ? 4 * DAY : 0) + 15 * HOUR, 'report-submitted', {
            rule: 'P10.rebate-report',
            period: new Date(Date.UTC(y, m - 2 + k, 1)).toISOString().slice(0, 7),
            employee: assistant.id,
          });
        if (d === days && !paperChance(0.3))
          ev(day0 + 17 * HOUR, 'report-submitted', {
            rule: 'P10.rebate-month-end',
            period: monthKey,
            employee: assistant.id,
          });
        if (d === 25) inspectionChecklist(ev, day0, o.seed, director, staff, `${site}-CS`);
      }
      // Everything up to the end of this day is final: nothing generated later happens earlier.
      const dayEnd = Math.min(day0 + DAY, end);
      for (let top = queue.peek(); top !== undefined && top.t < dayEnd; top = queue.peek()) {
        queue.pop();
        yield top.e;
      }
    }
  }
}

/**
 * The command line as generator options; a usage error is a RangeError in the user's words.
 * @param {string[]} argv
 */
export function parseCommandLine(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string' },
      month: { type: 'string' },
      months: { type: 'string' },
      households: { type: 'string' },
      staff: { type: 'string' },
      scale: { type: 'string' },
      out: { type: 'string' },
      stdout: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  /** @param {'seed' | 'months' | 'households' | 'staff' | 'scale'} flag */
  const count = (flag) => {
    const text = values[flag];
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text)) throw new RangeError(`--${flag} must be a whole number, not "${text}"`);
    return Number(text);
  };
  /** @type {OfficeOptions} */
  const options = {
    seed: count('seed'),
    month: values.month,
    months: count('months'),
    households: count('households'),
    staff: count('staff'),
    scale: count('scale'),
  };
  return { options, out: values.out, stdout: values.stdout === true, help: values.help === true };
}

/**
 * seed-c's acceptance of a retail complaint (P09 第七條, line 237): the supervisor decides, now and then the store
 * accepts it on its own (`decidedBy` on complaint-accepted, one in four), an hour after the receipt.
 * @param {(at: number, type: string, fields?: Record<string, unknown>) => void} ev
 * @param {() => number} draw
 * @param {string} id
 * @param {number} at
 * @param {string} employee
 */
function retailAcceptance(ev, draw, id, at, employee) {
  ev(at + HOUR, 'complaint-accepted', { case: id, employee, decidedBy: draw() < 0.75 ? 'supervisor' : 'store' });
}

/**
 * seed-c's events for #18's partly clauses, from their own stream: yesterday's visit and complaint records
 * handed in (P10 職責 2, line 263: report-submitted for P10.original-records), now and then late or without the
 * complaints' record; now and then good work noted for someone at the desk (P12 4.3, line 388:
 * good-work-noted); on the 20th, a repair group's loss shared by the group's base points (P09 第二十二條, line
 * 252: loss-assessed with `group`, the group's members from the organisation file).
 * @param {(at: number, type: string, fields?: Record<string, unknown>) => void} ev
 * @param {() => number} draw
 * @param {{ day0: number; d: number; receptionists: StaffMember[]; engineers: StaffMember[];
 *   assistant: StaffMember }} day
 */
function seedCClausesDay(ev, draw, { day0, d, receptionists, engineers, assistant }) {
  const late = draw() < 0.06;
  ev(day0 + (late ? 47 : 22) * HOUR, 'report-submitted', {
    rule: 'P10.original-records',
    employee: assistant.id,
    period: dayOf(day0 - DAY),
    ...(draw() < 0.05 && { recordsLacking: ['complaint-record'] }),
  });
  if (d % 9 === 5 && receptionists.length > 0)
    ev(day0 + 16 * HOUR, 'good-work-noted', {
      employee: nth(receptionists, Math.floor(draw() * receptionists.length)).id,
      ...(draw() < 0.3 && { times: 2 }),
    });
  if (d === 20 && engineers.length > 0)
    ev(day0 + 15 * HOUR, 'loss-assessed', {
      department: nth(engineers, 0).department,
      group: '维修一组',
      loss: Math.round(300 + draw() * 900),
    });
}

/**
 * seed-h's events for #18's partly clauses, from their own stream: a few secret documents or personnel
 * files spread (散播, P02 1.4, always a breach) or shown to someone else (給他人過目, P02 1.5); a terminal swap
 * now and then without the tape label on the returned terminal (P03 返修, line 93: `labelled`); on the 1st, the
 * previous month's film posters reported late, with the day the new schedule started and the posters went up
 * (P07 6, line 184: `scheduleStartsOn`, `postedAt`; in a log of several months that report comes second, so
 * only the first month's is judged); on the last day, next month's training plan with the sessions it lists
 * (P01 培訓 2, line 37: `sessions` on training-planned); now and then a leave, once in a while without a special
 * event (P01 行為 7, line 27: leave-taken); a matter of the evening shift, now and then not reported (P04 1.3,
 * line 119: shift-matter); calls on the service hotline, now and then one not on record (P05 三, line 139:
 * hotline-call-recorded).
 * @param {(at: number, type: string, fields?: Record<string, unknown>) => void} ev
 * @param {() => number} draw
 * @param {{ day0: number; d: number; staff: StaffMember[]; receptionists: StaffMember[] }} day
 */
function seedHClausesDay(ev, draw, { day0, d, staff, receptionists }) {
  if (d % 5 === 2 && receptionists.length > 0) {
    const repair = draw() < 0.5;
    ev(day0 + 11 * HOUR, 'hotline-call-recorded', {
      employee: nth(receptionists, Math.floor(draw() * receptionists.length)).id,
      recorded: draw() < 0.85,
      repair,
      ...(repair && { repairNoted: draw() < 0.85 }),
    });
  }
  if (d % 8 === 3 && receptionists.length > 0)
    ev(day0 + 20 * HOUR, 'shift-matter', {
      employee: nth(receptionists, Math.floor(draw() * receptionists.length)).id,
      matter: '住户反映电梯异响',
      recorded: true,
      reported: draw() < 0.7,
    });
  if (d % 10 === 7 && staff.length > 0)
    ev(day0 + 8 * HOUR, 'leave-taken', {
      employee: nth(staff, Math.floor(draw() * staff.length)).id,
      specialEvent: draw() < 0.6,
    });
  const tomorrow = dayOf(day0 + DAY);
  if (tomorrow.endsWith('-01') && staff.length > 0)
    ev(day0 + 17 * HOUR, 'training-planned', {
      month: tomorrow.slice(0, 7),
      employee: nth(staff, 0).id,
      sessions: 4 + Math.floor(draw() * 3),
    });
  if (d === 1 && receptionists.length > 0) {
    const start = new Date(day0 + OFFSET);
    const previous = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    ev(day0 + 9 * HOUR, 'report-submitted', {
      rule: 'P07.posters',
      period: previous,
      // A receptionist (前臺接待員), the desk the posters are judged for.
      employee: nth(receptionists, Math.floor(draw() * receptionists.length)).id,
      scheduleStartsOn: dayOf(day0),
      postedAt: iso(day0 + (draw() < 0.5 ? 15 : 33) * HOUR),
    });
  }
  if (d % 6 !== 4 || staff.length === 0) return;
  const who = nth(staff, Math.floor(draw() * staff.length));
  ev(day0 + (10 + draw() * 6) * HOUR, 'document-accessed', {
    employee: who.id,
    classification: draw() < 0.5 ? 'secret' : 'personnel',
    action: draw() < 0.3 ? 'spread' : 'show',
    actorRole: draw() < 0.5 ? 'keeper' : 'staff',
    gmApproved: draw() < 0.5,
  });
  if (d % 12 === 4)
    ev(day0 + (14 + draw() * 3) * HOUR, 'terminal-swapped', {
      plate: '沪A54321',
      fault: '无定位',
      oldTerminal: 'T-3003',
      newTerminal: 'T-4004',
      labelled: draw() < 0.5,
    });
}

/**
 * seed-b's events for #18's partly clauses, from their own stream: now and then a document given to a
 * department to handle and its handling, once in a while late, without its result and report, or not handled
 * at all (P02 1.11, line 62: document-assigned, document-handled; `handleWithin` in the configuration); owners'
 * letters and visits closed with their reply, now and then late, without one or without the follow-up (P05 四,
 * line 140: letter-visit-closed; `replyWithin`); each evening the day's duty log, handover records and job
 * sheets checked, now and then one missing (P08 5.1–5.3, lines 226–228: duty-records-checked).
 * @param {(at: number, type: string, fields?: Record<string, unknown>) => void} ev
 * @param {() => number} draw
 * @param {{ day0: number; d: number; days: number; date: string; site: string; staff: StaffMember[];
 *   receptionists: StaffMember[] }} day
 */
function seedBClausesDay(ev, draw, { day0, d, days, date, site, staff, receptionists }) {
  const pick = (/** @type {StaffMember[]} */ list) => nth(list, Math.floor(draw() * list.length));
  if (receptionists.length > 0) {
    const jobs = Math.floor(draw() * 5);
    ev(day0 + (23 * 60 + 40) * MIN, 'duty-records-checked', {
      employee: pick(receptionists).id,
      date,
      dutyLog: draw() < 0.95,
      handovers: 3,
      handoverRecords: draw() < 0.1 ? 2 : 3,
      jobs,
      jobSheets: jobs > 0 && draw() < 0.12 ? jobs - 1 : jobs,
    });
  }
  // Letters and visits closed within the month (a day or two after their reply).
  if (d % 3 === 1 && d + 3 <= days && receptionists.length > 0) {
    const received = day0 + (9 + draw() * 7) * HOUR;
    const late = draw() < 0.15;
    const replied = received + (late ? 26 + draw() * 10 : 1 + draw() * 20) * HOUR;
    const unanswered = draw() < 0.06;
    ev(replied + (1 + draw()) * DAY, 'letter-visit-closed', {
      employee: pick(receptionists).id,
      channel: draw() < 0.5 ? 'letter' : 'visit',
      receivedAt: iso(received),
      ...(!unanswered && { repliedAt: iso(replied) }),
      followedUp: draw() < 0.85,
    });
  }
  if (d % 4 !== 2 || staff.length === 0) return;
  const id = `${site}-IH-${date}`;
  const who = pick(staff);
  const assigned = day0 + (9 + draw() * 3) * HOUR;
  ev(assigned, 'document-assigned', { case: id, employee: who.id });
  if (draw() < 0.08) return;
  ev(assigned + (draw() < 0.12 ? 80 + draw() * 20 : 2 + draw() * 40) * HOUR, 'document-handled', {
    case: id,
    employee: who.id,
    resultWritten: draw() < 0.85,
  });
}

/** Phrases said at the front desk, by situation (P04 2.1–2.7): the standard one, and now and then another. */
const DESK_PHRASES = /** @type {const} */ ([
  ['greeting', '您好！湖畔花园物业，请问有什么可以帮您？', '喂，什么事？'],
  ['offering-help', '请问有什么事情吗？', '你要干嘛？'],
  ['acknowledging', '好！明白了，我马上安排师傅上门。', '嗯嗯，行吧。'],
  ['not-heard', '对不起，请您再说一遍。', '啊？你说啥？'],
  ['please-wait', '对不起，请您稍候，我帮您查一下。', '等着。'],
  ['sorry-to-keep-waiting', '对不起，让您久等了。', '好了，查到了。'],
  ['apology', '对不起，刚才疏忽了，给您添麻烦了实在抱歉，今后一定注意，不再发生这类事。', '这不是我们的问题。'],
  ['farewell', '谢谢光临，欢迎再来，再见！', '好了，你走吧。'],
]);

/**
 * helper ex (#18), one day of one site: the rules the example office gave no finding before, each through
 * the event that feeds it — a receptionist's words checked against the standard phrase (P04 2.1–2.7, now and
 * then not the phrase: breached); whom a reception role answers to (P04 1.3); a retail complaint's category
 * judged legitimate and routed (P09 第三條, 第八條); a record's secrecy level looked up (P10 保密(一)); a
 * manufacturing complaint numbered (P13 第八條), its cause classified (第五條), a return posted against its
 * approved quantity (第十三條(二), now and then over the tolerance) and a settlement's approver found
 * (第十一條, the office's table in the configuration); once a month a receptionist's quarrel with an owner
 * (P10 (五)3: dismissal, a month's salary withheld) and, by another, owners' numbers leaked (P10 保密(三)1: a fine).
 * `draw` is a stream of its own, so the seed's other events stay as they were.
 * @param {(at: number, type: string, fields?: Record<string, unknown>) => void} ev
 * @param {() => number} draw
 * @param {{ day0: number; d: number; date: string; receptionists: StaffMember[]; assistant: StaffMember;
 *   clerk: StaffMember; manager: StaffMember }} day
 */
function exClausesDay(ev, draw, { day0, d, date, receptionists, assistant, clerk, manager }) {
  const chance = (/** @type {number} */ p) => draw() < p;
  const between = (/** @type {number} */ a, /** @type {number} */ b) => a + draw() * (b - a);
  /**
   * @template T
   * @param {readonly T[]} list
   * @returns {T}
   */
  const pick = (list) => nth(list, Math.floor(draw() * list.length));
  const facts = (
    /** @type {number} */ at,
    /** @type {string} */ rule,
    /** @type {string} */ employee,
    /** @type {Record<string, unknown>} */ f,
  ) => ev(at, 'facts', { rule, employee, facts: f });
  // Every tenth day's check finds another phrase said, besides a few at random.
  const offPhrase = d % 10 === 5;
  if (receptionists.length > 0 && (offPhrase || chance(0.35))) {
    const [situation, standard, other] = pick(DESK_PHRASES);
    facts(day0 + between(8, 20) * HOUR, 'P04.phrase', pick(receptionists).id, {
      situation,
      utterance: offPhrase || chance(0.1) ? other : standard,
    });
  }
  if (d % 14 === 3)
    facts(day0 + between(9, 11) * HOUR, 'P04.escalation', assistant.id, {
      role: pick(['业户服务接待人员', '物业助理', '客服主任', '客服部经理']),
    });
  if (d % 5 === 2) {
    const category = pick([
      'quality-defect',
      'delivery-date',
      'transit-damage',
      'bad-packing',
      'sample-mismatch',
      'shipping-procedure',
      'customer-cause',
      'out-of-scope',
    ]);
    const at = day0 + between(9, 16) * HOUR;
    facts(at, 'P09.legitimate', clerk.id, { category });
    facts(at + 10 * MIN, 'P09.routing', clerk.id, { category });
  }
  if (d % 6 === 4 && receptionists.length > 0)
    facts(day0 + between(14, 17) * HOUR, 'P10.classification', pick(receptionists).id, {
      recordType: pick(['customer-data', 'call-visit-log', 'handover-log', 'work-diary', 'franchise-contract']),
    });
  if (d % 7 === 1) {
    // The month's n-th manufacturing complaint numbered after the one before it (the first has none).
    const serial = Math.floor(d / 7);
    const prefix = `${date.slice(2, 4)}${date.slice(5, 7)}`;
    facts(day0 + between(9, 12) * HOUR, 'P13.case-number', clerk.id, {
      receivedAt: iso(day0 + 9 * HOUR),
      ...(serial > 0 && { lastNumber: `${prefix}${String(serial).padStart(2, '0')}` }),
    });
  }
  if (d % 8 === 6)
    facts(day0 + between(10, 17) * HOUR, 'P13.classify', manager.id, {
      cause: pick(['human-error', 'wrong-quantity', 'handling-damage', 'quality-defect', 'material', 'workmanship']),
    });
  if (d % 10 === 7) {
    const approved = 50 * (2 + Math.floor(draw() * 10));
    const tolerance = chance(0.5) ? 0.05 : undefined;
    const over = chance(0.3);
    facts(day0 + between(14, 17) * HOUR, 'P13.return-posting', clerk.id, {
      approved,
      actual: over ? approved + Math.ceil(approved * 0.1) : approved - Math.floor(draw() * 5),
      ...(tolerance !== undefined && { tolerance }),
    });
  }
  if (d % 13 === 12)
    facts(day0 + between(10, 16) * HOUR, 'P13.approval-authority', manager.id, {
      amount: pick([1800, 4600, 12_500, 68_000]),
    });
  if (receptionists.length === 0) return;
  // Once a month each, by two different receptionists: a quarrel at the desk (the organisation file gives
  // the salary) on the 19th and a plain leak five days later.
  if (d !== 19) return;
  const i = Math.floor(draw() * receptionists.length);
  ev(day0 + between(10, 18) * HOUR, 'conduct-breach', {
    employee: nth(receptionists, i).id,
    kind: 'quarrel',
    note: '业主因停车位问题到前台理论，接待员与业主争吵，业主投诉',
  });
  ev(day0 + 5 * DAY + between(10, 18) * HOUR, 'conduct-breach', {
    employee: nth(receptionists, (i + 1) % receptionists.length).id,
    kind: 'leak',
    note: '将业主联系电话名单发给装修公司业务员',
  });
}

/**
 * #18 (seed-e), one day of one site: move-in and renovation procedures (P08 4.2, now and then for a unit that
 * does not qualify); residents' enquiries answered (4.11, now and then late or unrecorded); patrol findings
 * closed (4.13); the duties done 定期, each round naming the one before it (4.12 keys twice a month, 4.15 a
 * quarterly survey; P10 職責 5 visits and training, (三)走訪 rounds), now and then a round skipped; on the
 * trading hotline a rejected answer reported up (line 289) and callback files closed (lines 298, 301, 302);
 * the desk phone now and then lent out (P11 2); the month's assessment forms checked on its last day (P12
 * 5.1). The limits are set in the example's configuration. `draw` is a stream of its own, so the seed's
 * other events stay as they were.
 * @param {(at: number, type: string, fields?: Record<string, unknown>) => void} ev
 * @param {() => number} draw
 * @param {{ day0: number; d: number; days: number; monthKey: string; site: string; receptionists: StaffMember[];
 *   assistant: StaffMember }} day
 */
function seedEDutiesDay(ev, draw, { day0, d, days, monthKey, site, receptionists, assistant }) {
  const chance = (/** @type {number} */ p) => draw() < p;
  const between = (/** @type {number} */ a, /** @type {number} */ b) => a + draw() * (b - a);
  const pick = (/** @type {StaffMember[]} */ list) => nth(list, Math.floor(draw() * list.length));
  const day = `${monthKey}-${String(d).padStart(2, '0')}`;
  const round = (/** @type {number} */ at, /** @type {Record<string, unknown>} */ fields, /** @type {number} */ gap) =>
    ev(at, 'round-done', { employee: pick(receptionists).id, previousAt: iso(at - gap * DAY), ...fields });
  if (chance(0.3)) {
    // P08 4.2: a move-in from the developer's list, or a renovation for a unit moved in (now and then not).
    const unit = `${site}-${1 + Math.floor(draw() * 12)}-${100 + Math.floor(draw() * 30)}`;
    const moveIn = chance(0.5);
    ev(day0 + between(9, 17) * HOUR, 'unit-procedure-done', {
      employee: pick(receptionists).id,
      unit,
      procedure: moveIn ? 'move-in' : 'renovation',
      ...(moveIn ? { onDeveloperList: !chance(0.08) } : { movedIn: !chance(0.08) }),
    });
  }
  for (let i = 0; i < 2; i += 1) {
    // P08 4.11: a call, visit or complaint answered (the office's limit: 2 h).
    const received = day0 + between(8, 18) * HOUR;
    ev(received + (chance(0.1) ? between(125, 240) : between(5, 110)) * MIN, 'enquiry-answered', {
      employee: pick(receptionists).id,
      channel: /** @type {const} */ (['call', 'visit', 'owner-complaint'])[Math.floor(draw() * 3)],
      receivedAt: iso(received),
      recorded: !chance(0.05),
    });
  }
  if (chance(0.35))
    ev(day0 + between(14, 18) * HOUR, 'patrol-finding-closed', {
      employee: pick(receptionists).id,
      finding: nth(['路灯不亮', '消防通道堆物', '电梯按钮损坏'], Math.floor(draw() * 3)),
      rectificationRequested: !chance(0.05),
      resultRecorded: !chance(0.1),
    });
  // The duties done 定期: each round names the previous one; now and then one was skipped (late).
  if (d === 5 || d === 20)
    round(day0 + 10 * HOUR, { rule: 'P08.key-reconciliation', listUpdated: !chance(0.1) }, chance(0.1) ? 45 : 15);
  if (d === 25 && Number(monthKey.slice(5)) % 3 === 1)
    round(day0 + 15 * HOUR, { rule: 'P08.satisfaction-survey', summarised: !chance(0.15) }, chance(0.2) ? 100 : 91);
  if (d === 10) {
    ev(day0 + 10 * HOUR, 'round-done', {
      employee: assistant.id,
      rule: 'P10.customer-work',
      activity: 'key-customer-visit',
      previousAt: iso(day0 + 10 * HOUR - between(25, 36) * DAY),
    });
  }
  if (d === 15 && Number(monthKey.slice(5)) % 3 === 1) {
    ev(day0 + 14 * HOUR, 'round-done', {
      employee: assistant.id,
      rule: 'P10.customer-work',
      activity: 'training',
      previousAt: iso(day0 + 14 * HOUR - 91 * DAY),
    });
  }
  if (d === 12) {
    ev(day0 + 16 * HOUR, 'round-done', {
      employee: assistant.id,
      rule: 'P10.visit-rounds',
      previousAt: iso(day0 + 16 * HOUR - between(26, 34) * DAY),
      reportWritten: !chance(0.1),
    });
  }
  if (chance(0.3)) {
    // P10 line 289: a caller who kept rejecting the answer, reported up (the office's limit: 15 min).
    const rejected = day0 + between(9, 17) * HOUR;
    ev(rejected + (chance(0.15) ? between(16, 40) : between(1, 14)) * MIN, 'rejection-escalated', {
      employee: assistant.id,
      case: `${site}-RJ-${day}`,
      rejectedAt: iso(rejected),
    });
  }
  if (chance(0.4)) {
    // P10 lines 298, 301, 302: a callback file closed (the office's callback limit: 1 day).
    const id = `${site}-CB-${day}`;
    const answered = day0 + between(9, 12) * HOUR;
    const calledBack = answered + (chance(0.1) ? between(25, 40) : between(2, 22)) * HOUR;
    const accepted = chance(0.7);
    const calledAgain = !accepted && chance(0.8) ? calledBack + between(20, 30) * HOUR : undefined;
    const newNeed = chance(0.3);
    const solvedOnCall = newNeed && chance(0.4);
    ev((calledAgain ?? calledBack) + 2 * HOUR, 'callback-closed', {
      employee: assistant.id,
      case: id,
      answeredAt: iso(answered),
      calledBackAt: iso(calledBack),
      accepted,
      ...(calledAgain !== undefined && { calledAgainAt: iso(calledAgain) }),
      newNeed,
      ...(newNeed && { solvedOnCall }),
      ...(newNeed &&
        !solvedOnCall && {
          followUpCase: `${id}-F`,
          ...(chance(0.9) && { followUpOf: id }),
          followUpAnswered: chance(0.9),
        }),
    });
  }
  if (d === 14 || chance(0.02)) {
    // P11 2: the desk phone seen lent to someone else.
    ev(day0 + between(9, 18) * HOUR, 'desk-phone-lent', { employee: pick(receptionists).id });
  }
  if (d === days) {
    // P12 5.1: the month's assessment forms, one per person (now and then one missing).
    const staff = [...receptionists, assistant].map((p) => p.id);
    const missing = chance(0.3) ? pick(receptionists).id : undefined;
    ev(day0 + 18 * HOUR, 'assessment-forms-checked', {
      employee: assistant.id,
      month: monthKey,
      staff,
      forms: staff.filter((id) => id !== missing),
    });
  }
}

/**
 * #18, the front desk's own duties and the bans the seed states (P08 4.3, P01 行為 7, 9, P08 4.1(3)(9),
 * P14 1.2.2, P10 (二) lines 292–293), one day of one site: a repair reported late in the evening and still open the next day, with
 * the duty log's note (now and then without its date, or missing); engineers leaving at the day's end (now
 * and then early); a private call now and then; smoking, snacks, wandering or leaving the desk; on the
 * trading hotline, who hung up first and a reply time promised to the caller (now and then missed); visitors
 * not answered on the spot and the visit register (P10 (三)); a resident file given out (P08 4.16); a
 * difficult or major problem reported up (P08 4.5, its limits set in the example's configuration). `draw` is a
 * stream of its own, so the seed's other events stay as they were; case ids are this function's own.
 * @param {(at: number, type: string, fields?: Record<string, unknown>) => void} ev
 * @param {() => number} draw
 * @param {{ day0: number; date: string; site: string; receptionists: StaffMember[]; engineers: StaffMember[];
 *   assistant: StaffMember }} day
 */
function deskDutiesAndBans(ev, draw, { day0, date, site, receptionists, engineers, assistant }) {
  const chance = (/** @type {number} */ p) => draw() < p;
  const between = (/** @type {number} */ a, /** @type {number} */ b) => a + draw() * (b - a);
  const pick = (/** @type {StaffMember[]} */ list) => nth(list, Math.floor(draw() * list.length));
  if (chance(0.25)) {
    // P08 4.3: reported after 21:00, the part is on order; the next morning's review notes it.
    const id = `${site}-RO-${date}`;
    const at = day0 + between(21, 22.5) * HOUR;
    const eng = pick(engineers);
    ev(at, 'repair-ordered', { case: id, employee: eng.id });
    ev(at + between(5, 18) * MIN, 'engineer-arrived', { case: id, employee: eng.id });
    const roll = draw();
    const review = day0 + DAY + between(8, 11) * HOUR;
    const resolveBy = dayOf(day0 + 3 * DAY);
    if (roll < 0.75) {
      ev(review, 'repair-noted-open', { case: id, employee: pick(receptionists).id, reason: '配件待采购', resolveBy });
    } else if (roll < 0.9) {
      ev(review, 'repair-noted-open', { case: id, employee: pick(receptionists).id, reason: '配件待采购' });
    }
    const done = day0 + 2 * DAY + between(10, 16) * HOUR;
    ev(done, 'repair-completed', { case: id, employee: eng.id });
    ev(done + between(1, 4) * HOUR, 'repair-feedback', { case: id, employee: pick(receptionists).id });
  }
  const dow = new Date(day0 + OFFSET).getUTCDay();
  if (dow !== 0 && dow !== 6) {
    // P01 行為 7, P14 1.2.2: the engineers' day ends at 17:30; now and then one leaves early.
    const shiftEnd = day0 + 17.5 * HOUR;
    for (const p of engineers) {
      const left = chance(0.08) ? shiftEnd - between(10, 40) * MIN : shiftEnd + between(0, 25) * MIN;
      ev(left, 'left-work', { employee: p.id, shiftEnd: iso(shiftEnd) });
    }
  }
  if (chance(0.3)) {
    // P01 行為 9, P08 4.1(3): a call the log marks private or not.
    const at = day0 + between(9, 20) * HOUR;
    ev(at, 'call-made', {
      employee: pick(receptionists).id,
      direction: 'outside',
      endedAt: iso(at + between(0.5, 3) * MIN),
      private: chance(0.4),
    });
  }
  if (chance(0.5)) {
    // P10 (二) lines 292–293: who hung up first on the hotline; a reply time promised to the caller.
    const at = day0 + between(9, 17) * HOUR;
    ev(at, 'call-answered', {
      employee: assistant.id,
      line: 'hotline',
      rings: 1,
      greeting: `您好，${ORG_NAME}，請問什麼事情可以幫您`,
      hungUpBy: chance(0.1) ? 'agent' : 'caller',
    });
    if (chance(0.4)) {
      const q = `${site}-QP-${date}`;
      const asked = at + 5 * MIN;
      ev(asked, 'question-escalated', { case: q, employee: assistant.id, promisedBy: iso(asked + 20 * MIN) });
      const answered = asked + (chance(0.2) ? between(21, 29) : between(5, 19)) * MIN;
      ev(answered, 'question-answered', { case: q, employee: assistant.id });
    }
  }
  if (chance(0.3)) {
    // P10 (三) line 319: a visitor the desk cannot answer on the spot fills in the visit register (mostly).
    const onSpot = chance(0.6);
    ev(day0 + between(9, 17) * HOUR, 'customer-visit', {
      employee: assistant.id,
      answeredOnSpot: onSpot,
      ...(!onSpot && { registered: !chance(0.3) }),
    });
  }
  if (chance(0.1)) {
    // P08 4.16: a resident file's contents given out, now and then to someone outside the company.
    ev(day0 + between(9, 20) * HOUR, 'resident-file-disclosed', {
      employee: pick(receptionists).id,
      toOutsider: chance(0.3),
    });
  }
  if (chance(0.4)) {
    // P08 4.5: a difficult problem to the department head; a major one to the manager too (now and then not).
    const major = chance(0.3);
    const found = day0 + between(9, 20) * HOUR;
    ev(found + (chance(0.2) ? between(35, 90) : between(5, 25)) * MIN, 'problem-reported', {
      employee: pick(receptionists).id,
      kind: major ? 'major' : 'difficult',
      foundAt: iso(found),
      reportedTo: major && chance(0.7) ? ['department-head', 'office-manager'] : ['department-head'],
    });
  }
  if (chance(0.2)) {
    // P08 4.1(3), (9): an act the front desk bans, observed on duty.
    const kind = /** @type {const} */ (['smoking', 'snacking', 'wandering', 'left-post'])[Math.floor(draw() * 4)];
    ev(day0 + between(9, 21) * HOUR, 'conduct-breach', { employee: pick(receptionists).id, kind });
  }
}

/** @param {string[]} argv */
function main(argv) {
  const args = parseCommandLine(argv);
  if (args.help) {
    // The usage is this file's opening comment: never fall through to writing the example.
    const text = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
    const usage = text.slice(
      1,
      text.findIndex((l) => l.trim() === ''),
    );
    process.stdout.write(`${usage.map((l) => l.replace(/^\/\/ ?/, '')).join('\n')}\n`);
    return;
  }
  const office = generateOffice(args.options);
  const out = args.out ?? join(dirname(fileURLToPath(import.meta.url)), 'property-office');
  if (args.stdout) {
    for (const e of office.events()) process.stdout.write(`${JSON.stringify(e)}\n`);
  } else {
    mkdirSync(out, { recursive: true });
    const lines = [];
    for (const e of office.events()) lines.push(JSON.stringify(e));
    writeFileSync(join(out, 'events.ndjson'), `${lines.join('\n')}\n`);
    writeFileSync(join(out, 'org.json'), `${JSON.stringify(office.org, null, 2)}\n`);
    writeFileSync(join(out, 'config.json'), `${JSON.stringify(office.config, null, 2)}\n`);
    writeFileSync(join(out, 'config.strict.json'), `${JSON.stringify(office.strictConfig, null, 2)}\n`);
    console.error(`wrote ${lines.length} events to ${join(out, 'events.ndjson')}`);
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    // Bad flags (a RangeError from the checks here, an ERR_PARSE_ARGS_* from parseArgs) get one line and
    // exit 2, never a stack trace; anything else is a bug and keeps its stack.
    const usage =
      error instanceof RangeError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    if (!usage) throw error;
    console.error(`generate.mjs: ${error.message} (--help lists the flags)`);
    process.exitCode = 2;
  }
}
