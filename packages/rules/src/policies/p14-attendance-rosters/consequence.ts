/** What a breached P14 rule reports: the policy sets duties but prescribes no penalty. */
import { noPenalty } from '../../kernel/helpers.js';

export const NO_PENALTY = noPenalty('P14', { en: 'the attendance and roster rules', zh: '考勤与排班规定' });
