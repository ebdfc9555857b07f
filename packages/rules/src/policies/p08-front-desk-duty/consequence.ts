/** The consequence a breached P08 rule reports: the policy sets standards but prescribes no penalty. */
import { noPenalty } from '../../kernel/helpers.js';

export const NO_PENALTY = noPenalty('P08', { en: 'the front-desk duty standard', zh: '前台值班规范' });
