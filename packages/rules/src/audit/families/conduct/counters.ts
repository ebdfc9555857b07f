/**
 * The counts P04's month without incidents judges (P04 1.6: 无投诉、无违纪、无事故), per department: the
 * conduct family reports them when the month closes; complaints are counted by the complaints family.
 */
import { departmentCounter } from '../../tallies.js';

export const complaintsAgainst = departmentCounter('complaints');
export const violationsIn = departmentCounter('violations');
export const accidentsIn = departmentCounter('accidents');
