/** Status labels in plain text (no Ink): the words the `StatusBadge` component colours. */

/** The outcome of checking one policy. */
export type BadgeStatus = 'met' | 'breached' | 'pending' | 'at-risk' | 'not-applicable';

/** Display language of the built-in labels. */
export type BadgeLang = 'en' | 'zh';

/** English labels, by status. */
export const STATUS_LABELS_EN: Readonly<Record<BadgeStatus, string>> = {
  met: 'met',
  breached: 'breached',
  pending: 'pending',
  'at-risk': 'at risk',
  'not-applicable': 'not applicable',
};

/** Chinese labels, by status. */
export const STATUS_LABELS_ZH: Readonly<Record<BadgeStatus, string>> = {
  met: '达标',
  breached: '违规',
  pending: '待处理',
  'at-risk': '有风险',
  'not-applicable': '不适用',
};

/** Both label maps, by language. */
export const STATUS_LABELS: Readonly<Record<BadgeLang, Readonly<Record<BadgeStatus, string>>>> = {
  en: STATUS_LABELS_EN,
  zh: STATUS_LABELS_ZH,
};

/** The plain-text label of a status, for places where a component cannot be used (e.g. table cells). */
export function statusLabel(status: BadgeStatus, lang: BadgeLang = 'en'): string {
  return STATUS_LABELS[lang][status];
}
