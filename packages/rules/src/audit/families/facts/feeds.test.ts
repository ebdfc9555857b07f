/**
 * The generic `facts` event feeds every rule of the registry (docs/events.md: "every rule is auditable from
 * day one"): its feeds are the registry's rules, and the vocabulary says so as `*`, as it did when the list
 * was written by hand (#14 "The vocabulary's `rules:` lists are derived …, not written twice").
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../../registry.js';
import { rulesFed } from '../../vocabulary/index.js';
import { factsEvents } from './events.js';
import { feeds } from './feeds.js';

describe('facts: the rules the generic event feeds', () => {
  it('feeds every rule of the registry', () => {
    expect(feeds.map((f) => f.rule.id)).toEqual(rules.map((r) => r.id));
  });

  it('is said as * in the vocabulary', () => {
    expect(factsEvents.map((spec) => [spec.type, rulesFed(spec)])).toEqual([['facts', ['*']]]);
  });
});
