/**
 * 1.3: 接待服務實行逐級負責制，物業助理對物業主任負責，業戶服務接待人員對客服主任負責，物業主任、客服主任對客服部經理負責，
 * 客服部經理對總經理負責。(The seed writes 物業主任 as 物業戶任, a copying slip.)
 * The chain is a parameter (`reportsTo`) defaulting to the seed's; a configured chain must end at a top role,
 * never loop.
 */
import * as z from 'zod';
import { foldForMatch } from '../../kernel/chinese.js';
import { defineRule } from '../../kernel/define-rule.js';
import type { Bilingual } from '../../kernel/result.js';

const ROLES = [
  'property-assistant',
  'property-director',
  'receptionist',
  'service-director',
  'service-manager',
  'general-manager',
] as const;
export type Role = (typeof ROLES)[number];

/** Names as the glossary gives them; `seed` is the seed's own (traditional) wording. */
const ROLE_NAMES: Readonly<Record<Role, Bilingual & { readonly seed: string }>> = {
  'property-assistant': { en: 'property assistant', zh: '物业助理', seed: '物業助理' },
  'property-director': { en: 'property director', zh: '物业主任', seed: '物業主任' },
  receptionist: { en: 'receptionist', zh: '业户服务接待人员', seed: '業戶服務接待人員' },
  'service-director': { en: 'service director', zh: '客服主任', seed: '客服主任' },
  'service-manager': { en: 'service manager', zh: '客服部经理', seed: '客服部經理' },
  'general-manager': { en: 'general manager', zh: '总经理', seed: '總經理' },
};

/** The seed's and the glossary's Chinese names (either script) also name a role, e.g. 物業助理 or 物业助理. */
const ROLE_ALIASES: ReadonlyMap<string, Role> = new Map([
  ...ROLES.flatMap((role) =>
    [ROLE_NAMES[role].seed, ROLE_NAMES[role].zh].map((name) => [foldForMatch(name), role] as const),
  ),
  [foldForMatch('接待人員'), 'receptionist'],
]);

function roleOf(value: unknown): unknown {
  return typeof value === 'string' ? (ROLE_ALIASES.get(foldForMatch(value)) ?? value) : value;
}

const SEED_CHAIN: Readonly<Record<Role, Role | null>> = {
  'property-assistant': 'property-director',
  'property-director': 'service-manager',
  receptionist: 'service-director',
  'service-director': 'service-manager',
  'service-manager': 'general-manager',
  'general-manager': null,
};

const superior = (role: Role) =>
  z
    .enum(ROLES)
    .nullable()
    .default(SEED_CHAIN[role])
    .meta({
      description: `whom the ${ROLE_NAMES[role].en} answers to; null: the top of the chain`,
      zh: `${ROLE_NAMES[role].zh}的上级；null：层级顶端`,
    });

/** The superiors above `role`, nearest first; `undefined` when the chain loops. */
function chainOf(role: Role, reportsTo: Readonly<Record<Role, Role | null>>): Role[] | undefined {
  const chain: Role[] = [];
  let next = reportsTo[role];
  while (next !== null) {
    if (next === role || chain.includes(next)) return undefined;
    chain.push(next);
    next = reportsTo[next];
  }
  return chain;
}

/** Whether following superiors from `role` comes back to it. */
function onCycle(role: Role, reportsTo: Readonly<Record<Role, Role | null>>): boolean {
  let next = reportsTo[role];
  for (let step = 0; next !== null && step < ROLES.length; step += 1) {
    if (next === role) return true;
    next = reportsTo[next];
  }
  return false;
}

export interface Escalation {
  readonly role: Role;
  /** The direct superior; `null` at the top of the chain. */
  readonly answersTo: Role | null;
  /** Every superior up to the top, nearest first. */
  readonly chain: readonly Role[];
}

export const escalation = defineRule({
  id: 'P04.escalation',
  policy: 'P04',
  clause: '1.3',
  seedLines: [119, 119],
  kind: 'compute',
  title: { en: 'Who a reception role answers to (level-by-level responsibility)', zh: '接待服务逐级负责：上级是谁' },
  facts: z
    .object({
      role: z.preprocess(roleOf, z.enum(ROLES)).meta({
        description:
          'property-assistant 物業助理, property-director 物業主任, receptionist 業戶服務接待人員, service-director 客服主任, service-manager 客服部經理, general-manager 總經理 (the Chinese names are accepted too)',
        zh: 'property-assistant 物业助理、property-director 物业主任、receptionist 业户服务接待人员、service-director 客服主任、service-manager 客服部经理、general-manager 总经理（也接受中文名称）',
      }),
    })
    .strict(),
  params: z
    .object({
      reportsTo: z
        .object({
          'property-assistant': superior('property-assistant'),
          'property-director': superior('property-director'),
          receptionist: superior('receptionist'),
          'service-director': superior('service-director'),
          'service-manager': superior('service-manager'),
          'general-manager': superior('general-manager'),
        })
        .strict()
        .prefault({})
        .meta({
          description: "each role's direct superior (the seed's chain by default)",
          zh: '各岗位的直接上级（默认为原文的层级）',
        }),
    })
    .strict()
    .superRefine((p, issue) => {
      // Name the first role that sits on the loop itself, not one that merely leads into it.
      const onLoop = ROLES.find((role) => onCycle(role, p.reportsTo));
      if (onLoop !== undefined) {
        issue.addIssue({ code: 'custom', message: 'the chain loops back to this role', path: ['reportsTo', onLoop] });
      }
    }),
  evaluate(f, ctx) {
    const reportsTo = ctx.params.reportsTo;
    // The parameter schema rejects loops, so a chain always exists here.
    const chain = chainOf(f.role, reportsTo) ?? [];
    const answersTo = reportsTo[f.role];
    const value: Escalation = { role: f.role, answersTo, chain };
    const name = ROLE_NAMES[f.role];
    if (answersTo === null) {
      return {
        value,
        explanation: {
          en: `The ${name.en} is the top of the level-by-level chain and answers to no one above it`,
          zh: `${name.zh}处于逐级负责制的最高一级，无上级`,
        },
      };
    }
    const up = ROLE_NAMES[answersTo];
    const path = [f.role, ...chain].map((r) => ROLE_NAMES[r]);
    return {
      value,
      explanation: {
        en: `The ${name.en} answers to the ${up.en}; chain: ${path.map((n) => n.en).join(' → ')}`,
        zh: `${name.zh}对${up.zh}负责；逐级：${path.map((n) => n.zh).join(' → ')}`,
      },
    };
  },
});
