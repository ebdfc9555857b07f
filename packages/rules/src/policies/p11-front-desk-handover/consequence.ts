/** What a breached P11 rule reports: only the phone bill (2) and a loss (9) carry a charge; the rest none. */
import { noPenalty } from '../../kernel/helpers.js';

export const NO_PENALTY = noPenalty('P11', { en: 'the front-desk rules', zh: '前台管理规定' }, true);
