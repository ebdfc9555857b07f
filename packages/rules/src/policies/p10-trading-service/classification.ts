/**
 * 保密 (一)保密范圍和密級確定: 1、客戶與公司的加盟合同; 客戶發展跟蹤記錄; 客戶資料，屬于公司絕密，嚴禁泄露。 2、接訪來電來訪記錄，
 * 交接記錄，工作日記簿，屬于公司機密，嚴禁泄露。 3、客服人員對掌握的柜員權限所涉及的內容屬公司機密，嚴禁泄露。 4、客戶調查分析資料，
 * 屬于公司機密，嚴禁泄露。 (二)保密措施 1–5 say who keeps each; `keptBy` reports it.
 * A record the seed does not list is `unclassified`: the policy gives it no level.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import type { Bilingual } from '../../kernel/result.js';

type Level = 'top-secret' | 'secret' | 'unclassified';
type Keeper = 'principal-office' | 'responsible-person' | 'staff-member' | 'none';

interface RecordInfo {
  readonly name: Bilingual;
  readonly level: Level;
  /** Item of (一) that names it; null when unlisted. */
  readonly item: number | null;
  readonly keptBy: Keeper;
}

const RECORDS = {
  'franchise-contract': {
    name: { en: "A customer's franchise contract", zh: '客户与公司的加盟合同' },
    level: 'top-secret',
    item: 1,
    keptBy: 'principal-office',
  },
  'customer-development-record': {
    name: { en: 'A customer development record', zh: '客户发展跟踪记录' },
    level: 'top-secret',
    item: 1,
    keptBy: 'responsible-person',
  },
  'customer-data': {
    name: { en: 'Customer data', zh: '客户资料' },
    level: 'top-secret',
    item: 1,
    keptBy: 'principal-office',
  },
  'call-visit-log': {
    name: { en: 'A call or visit log', zh: '接访来电来访记录' },
    level: 'secret',
    item: 2,
    keptBy: 'principal-office',
  },
  'handover-log': {
    name: { en: 'A handover log', zh: '交接记录' },
    level: 'secret',
    item: 2,
    keptBy: 'principal-office',
  },
  'work-diary': {
    name: { en: 'A work diary', zh: '工作日记簿' },
    level: 'secret',
    item: 2,
    keptBy: 'principal-office',
  },
  'teller-permissions': {
    name: { en: 'What teller permissions give access to', zh: '柜员权限所涉及的内容' },
    level: 'secret',
    item: 3,
    keptBy: 'staff-member',
  },
  'survey-analysis': {
    name: { en: 'A customer survey analysis', zh: '客户调查分析资料' },
    level: 'secret',
    item: 4,
    keptBy: 'principal-office',
  },
  other: {
    name: { en: 'A record the policy does not list', zh: '未列明的资料' },
    level: 'unclassified',
    item: null,
    keptBy: 'none',
  },
} as const satisfies Record<string, RecordInfo>;

type RecordType = keyof typeof RECORDS;
const recordTypes = Object.keys(RECORDS) as [RecordType, ...RecordType[]];

const LEVELS: Readonly<Record<Level, Bilingual>> = {
  'top-secret': { en: 'top secret', zh: '绝密' },
  secret: { en: 'secret', zh: '机密' },
  unclassified: { en: 'not classified by the policy', zh: '制度未定密级' },
};

const KEEPERS: Readonly<Record<Keeper, Bilingual>> = {
  'principal-office': { en: "archived in the principal's office", zh: '由公司责任人办公室存档保管' },
  'responsible-person': {
    en: "kept by the person responsible, then archived in the principal's office",
    zh: '由相关责任人保管，工作落实后交公司责任人办公室存档',
  },
  'staff-member': { en: 'kept secret by the staff member who holds it', zh: '由掌握权限的客服人员负责保密' },
  none: { en: 'no keeper named', zh: '未规定保管人' },
};

export interface ClassificationValue {
  readonly level: Level;
  readonly item: number | null;
  readonly keptBy: Keeper;
}

export const classification = defineRule({
  id: 'P10.classification',
  policy: 'P10',
  clause: '保密(一)',
  seedLines: [338, 347],
  kind: 'compute',
  title: { en: 'Secrecy level of a customer-service record', zh: '客服资料的密级' },
  facts: z
    .object({
      recordType: z.enum(recordTypes).meta({ description: 'the kind of record', zh: '记录的种类' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const info: RecordInfo = RECORDS[f.recordType];
    const value: ClassificationValue = { level: info.level, item: info.item, keptBy: info.keptBy };
    const level = LEVELS[info.level];
    const keeper = KEEPERS[info.keptBy];
    const banned: Bilingual =
      info.level === 'unclassified'
        ? { en: '', zh: '' }
        : { en: '; leaking it is forbidden (P10.leak)', zh: '；严禁泄露（P10.leak）' };
    return {
      value,
      explanation: {
        en: `${info.name.en} is ${level.en}, ${keeper.en}${banned.en}`,
        zh: `${info.name.zh}属${level.zh}，${keeper.zh}${banned.zh}`,
      },
    };
  },
});
