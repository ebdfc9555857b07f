/**
 * The count P08's monthly callbacks judges (P08 4.7: the month's callbacks), reported by the reports family
 * when the month closes; complaints and services count their callbacks on it.
 */
import { monthCounter } from '../../tallies.js';

export const callbacks = monthCounter('callbacks');
