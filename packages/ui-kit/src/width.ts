/**
 * Internal helpers of the components: the width helpers live with the Ink-free text entry (text/width.ts),
 * which tables share; number formatting is in text/numbers.ts. Not part of the public API.
 */
export { displayWidth, padToWidth, singleLine } from './text/width.js';

/** The marker in front of the selected item of a list. */
export const POINTER = '❯';
