/**
 * #15 "Complete Chinese: … descriptions (bilingual descriptions in the registry, so the API and docs get
 * them too)": every fact and parameter of every rule, at every depth the JSON Schema shows (an array's
 * items, an object's fields, a union's alternatives), has an English `description` and a Chinese `zh`,
 * declared once on the field with `.meta({ description, zh })`.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { rules } from './registry.js';

interface Node {
  readonly description?: string;
  readonly zh?: string;
  readonly properties?: Readonly<Record<string, Node>>;
  readonly items?: Node;
  readonly anyOf?: readonly Node[];
  readonly oneOf?: readonly Node[];
}

/** Paths of the fields (`P01.complaint-reply facts.receivedAt`) whose description lacks a language. */
function lacking(node: Node, path: string, out: string[]): void {
  for (const [name, field] of Object.entries(node.properties ?? {})) {
    const here = `${path}.${name}`;
    if (!field.description) out.push(`${here}: no description`);
    if (!field.zh) out.push(`${here}: no Chinese`);
    lacking(field, here, out);
  }
  if (node.items) lacking(node.items, `${path}[]`, out);
  for (const alternative of node.anyOf ?? node.oneOf ?? []) lacking(alternative, path, out);
}

const schemaOf = (schema: z.ZodType): Node => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node;

/** Every Chinese description the registry carries, with where it is. */
function chineseDescriptions(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (node: Node, path: string) => {
    if (node.zh !== undefined) found.push([path, node.zh]);
    for (const [name, field] of Object.entries(node.properties ?? {})) walk(field, `${path}.${name}`);
    if (node.items) walk(node.items, `${path}[]`);
    for (const alternative of node.anyOf ?? node.oneOf ?? []) walk(alternative, path);
  };
  for (const rule of rules) {
    walk(schemaOf(rule.facts), `${rule.id} facts`);
    walk(schemaOf(rule.params), `${rule.id} params`);
  }
  return found;
}

describe('fact and parameter descriptions in both languages (#15)', () => {
  it('every fact and parameter of every rule has an English and a Chinese description', () => {
    const missing: string[] = [];
    for (const rule of rules) {
      lacking(schemaOf(rule.facts), `${rule.id} facts`, missing);
      lacking(schemaOf(rule.params), `${rule.id} params`, missing);
    }
    expect(missing).toEqual([]);
  });

  it('the Chinese descriptions are Chinese, in simplified script (the seed is traditional; Kefu writes simplified)', () => {
    const found = chineseDescriptions();
    expect(found.length).toBeGreaterThan(600);
    // A handful of traditional-only characters the seed's wording is full of: none may survive translation.
    const traditional = /[們個時間無業戶訴錄與於這為處記說請經權員發條應對]/;
    expect(found.filter(([, zh]) => !/\p{Script=Han}/u.test(zh) || traditional.test(zh))).toEqual([]);
  });
});
