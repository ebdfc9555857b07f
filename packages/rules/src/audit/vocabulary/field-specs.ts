/** The small field-spec constructors and the enums several event families share. */
import type { FieldSpec } from '../fields.js';

export const instant = (doc: string, required = false): FieldSpec => ({ kind: 'instant', doc, required });
export const date = (doc: string, required = false): FieldSpec => ({ kind: 'date', doc, required });
export const month = (doc: string, required = false): FieldSpec => ({ kind: 'month', doc, required });
export const str = (doc: string, required = false): FieldSpec => ({ kind: 'string', doc, required });
export const bool = (doc: string, required = false): FieldSpec => ({ kind: 'boolean', doc, required });
export const num = (doc: string, required = false): FieldSpec => ({ kind: 'number', doc, required });
export const int = (doc: string, required = false): FieldSpec => ({ kind: 'integer', doc, required });
export const oneOf = (values: readonly string[], doc: string, required = false): FieldSpec => ({
  kind: 'enum',
  values,
  doc,
  required,
});
export const severity = (doc: string, required = false): FieldSpec => ({ kind: 'severity', doc, required });
export const strings = (doc: string, required = false): FieldSpec => ({ kind: 'strings', doc, required });
export const list = (doc: string, required = false): FieldSpec => ({ kind: 'list', doc, required });
export const object = (doc: string, required = false): FieldSpec => ({ kind: 'object', doc, required });

export const scheme = oneOf(
  ['property', 'retail', 'manufacturing'],
  'which complaint procedure applies: property (P01, default), retail (P09) or manufacturing (P13)',
);
export const market = oneOf(
  ['domestic', 'foreign'],
  'P13: domestic (15 days) or foreign (20 days) customer; no default: a P13 case without it is rejected',
);
export const direction = oneOf(
  ['outside', 'inside'],
  'outside line or internal extension (P12 phone use); default outside',
);
