/**
 * The rules the inspection event feeds (issue #18): every inspection item of every policy — the rules whose id
 * has `.inspection-` — and no other.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../../registry.js';
import { rulesFed } from '../../vocabulary/index.js';
import { inspectionEvents } from './events.js';

describe('inspections: the rules each event feeds', () => {
  it('covers every inspection event type', () => {
    expect(inspectionEvents.map((spec) => spec.type)).toEqual(['inspection-recorded']);
  });

  it('inspection-recorded feeds every inspection item of the registry, in registry order', () => {
    const items = rules.filter((r) => r.id.includes('.inspection-')).map((r) => r.id);
    expect(items).toHaveLength(46);
    const [spec] = inspectionEvents;
    expect(rulesFed(spec)).toEqual(items);
  });
});
