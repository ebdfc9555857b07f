/**
 * 1.4: 秘密文件要妥善保管，不準散播其內容，未經總經理批準，不準翻閱，不準復印，不準帶離辦公室。
 * 1.5: 員工個人檔案、材料屬秘密材料的，他人無權翻閱，保管人員也不準，禁止將這些資料擅自給他人過目。
 * The seed bars the keeper too ("保管人員也不準"), where the catalogue lets the keeper in: the seed wins,
 * so by default a personnel file, like a secret document, needs the general manager's approval whoever
 * asks (1.5 is read as forbidding access on one's own authority, 擅自; the GM's approval is the authority
 * of 1.4). `keeperMayAccessPersonnel` restores the catalogue's reading. Ordinary documents are not covered.
 * #18: spreading the contents (散播, action `spread`) is barred outright — 1.4 puts it before and apart from
 * the approval ("不準散播其內容，未經總經理批準，不準翻閱…"), so no approval and no role allows it; a personnel
 * file is secret material (1.5: 屬秘密材料的), so the same ban holds for it. Showing the file to someone
 * (給他人過目, action `show`) is forbidden only when done on one's own authority (擅自), so it follows the
 * approval path like reading.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';

const ACTIONS: Readonly<Record<'read' | 'copy' | 'remove' | 'spread' | 'show', Bilingual>> = {
  read: { en: 'reading', zh: '翻阅' },
  copy: { en: 'copying', zh: '复印' },
  remove: { en: 'taking out of the office', zh: '带离办公室' },
  spread: { en: 'spreading the contents of', zh: '散播' },
  show: { en: 'showing to someone else', zh: '给他人过目' },
};

const GM_ROLES = new Set(['general-manager', 'gm', '總經理', '总经理']);
const KEEPER_ROLES = new Set(['keeper', '保管人員', '保管人员']);

export const access = defineRule({
  id: 'P02.access',
  policy: 'P02',
  clause: '1.4, 1.5',
  seedLines: [55, 56],
  kind: 'check',
  title: {
    en: "Secret documents and personnel files only with the general manager's approval",
    zh: '秘密文件及员工档案未经总经理批准不准翻阅、复印、带离',
  },
  facts: z
    .object({
      classification: z
        .enum(['ordinary', 'secret', 'personnel'])
        .meta({ description: 'ordinary, secret (秘密文件) or personnel file', zh: '普通文件、秘密文件或人事档案' }),
      action: z.enum(['read', 'copy', 'remove', 'spread', 'show']).meta({
        description:
          'read (翻閱), copy (復印), take out of the office (帶離), spread the contents (散播, never allowed) or show to someone else (給他人過目)',
        zh: '翻阅、复印、带离办公室、散播内容（一律不准）或给他人过目',
      }),
      actorRole: z.string().trim().min(1).max(100).meta({
        description:
          "who acts; 'general-manager' and 'keeper' (保管人員) are recognised, anything else is another person",
        zh: "操作人；识别 'general-manager'（总经理）与 'keeper'（保管人员），其余为他人",
      }),
      gmApproved: z
        .boolean()
        .default(false)
        .meta({ description: 'the general manager approved this access', zh: '总经理已批准此次调阅' }),
    })
    .strict(),
  params: z
    .object({
      keeperMayAccessPersonnel: z.boolean().default(false).meta({
        description:
          "let the keeper access personnel files without approval (the catalogue's reading; the seed forbids it)",
        zh: '允许保管人员不经批准调阅人事档案（目录的理解；原文禁止）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const act = ACTIONS[f.action];
    const role = f.actorRole.toLowerCase();
    const kind =
      f.classification === 'secret'
        ? { en: 'a secret document', zh: '秘密文件' }
        : { en: 'a personnel file', zh: '员工个人档案' };
    if (f.classification === 'ordinary') {
      return {
        status: 'not-applicable',
        explanation: {
          en: `${act.en} an ordinary document needs no approval under 1.4/1.5`,
          zh: `${act.zh}普通文件不受1.4、1.5限制`,
        },
      };
    }
    if (f.action === 'spread') {
      return {
        status: 'breached',
        explanation: {
          en: `Spreading the contents of ${kind.en} is not allowed, with or without approval (1.4: 不準散播其內容) (${NO_SANCTION_TO_CORRECT.en})`,
          zh: `不准散播${kind.zh}的内容，批准与否皆然（1.4：不准散播其内容）（${NO_SANCTION_TO_CORRECT.zh}）`,
        },
      };
    }
    if (GM_ROLES.has(role)) {
      return {
        status: 'met',
        explanation: {
          en: `The general manager is the approver: ${act.en} ${kind.en} needs no further approval`,
          zh: `总经理即批准人，${act.zh}${kind.zh}无需另行批准`,
        },
      };
    }
    if (f.classification === 'personnel' && KEEPER_ROLES.has(role) && ctx.params.keeperMayAccessPersonnel) {
      return {
        status: 'met',
        explanation: {
          en: `The keeper may handle personnel files (configured reading; the seed's 1.5 bars the keeper too)`,
          zh: '按配置，保管人员可处理员工档案（制度1.5原文“保管人员也不准”）',
        },
      };
    }
    const keeperNote =
      f.classification === 'personnel' && KEEPER_ROLES.has(role)
        ? { en: ' — the keeper included (1.5: 保管人員也不準)', zh: '，保管人员亦然（1.5：保管人员也不准）' }
        : { en: '', zh: '' };
    if (f.gmApproved) {
      return {
        status: 'met',
        explanation: {
          en: `${act.en} ${kind.en} with the general manager's approval is allowed`,
          zh: `经总经理批准，可${act.zh}${kind.zh}`,
        },
      };
    }
    return {
      status: 'breached',
      explanation: {
        en: `${act.en} ${kind.en} without the general manager's approval is not allowed${keeperNote.en} (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `未经总经理批准不准${act.zh}${kind.zh}${keeperNote.zh}（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
