/**
 * 2.1–2.7: the seed's standard phrases, by situation, as data. `zh` keeps the seed's traditional text, `zhHans` is
 * its simplified rendering (same characters one for one), `en` a gloss. `match` narrows what must be said where the
 * seed's text carries alternatives: 先生(小姐) is an optional form of address, 再見!(或請走好) two endings.
 */
import type { Bilingual } from '../../kernel/result.js';

export const SITUATIONS = [
  'greeting',
  'offering-help',
  'acknowledging',
  'not-heard',
  'please-wait',
  'sorry-to-keep-waiting',
  'apology',
  'farewell',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export interface Phrase {
  readonly zh: string;
  readonly zhHans: string;
  readonly en: string;
  /** The text that must appear (traditional), when not the whole of `zh`. */
  readonly match?: readonly string[];
}

export interface SituationPhrases {
  /** The seed's numbering (the farewell is numbered 1.2.7 in the seed, read as 2.7). */
  readonly clause: string;
  readonly seedLine: number;
  readonly name: Bilingual;
  readonly phrases: readonly Phrase[];
}

export const PHRASES: Readonly<Record<Situation, SituationPhrases>> = {
  greeting: {
    clause: '2.1',
    seedLine: 129,
    name: { en: 'greeting a guest', zh: '见到客人时' },
    phrases: [{ zh: '您好!', zhHans: '您好!', en: 'Hello!' }],
  },
  'offering-help': {
    clause: '2.2',
    seedLine: 130,
    name: { en: 'offering help', zh: '询问客人需要时' },
    phrases: [
      {
        zh: '先生(小姐)，很榮幸能為您服務',
        zhHans: '先生(小姐)，很荣幸能为您服务',
        en: 'Sir (Madam), it is an honour to serve you',
        match: ['很榮幸能為您服務'],
      },
      { zh: '請問有什么事情嗎', zhHans: '请问有什么事情吗', en: 'May I ask what I can do for you?' },
      { zh: '有什么事我可以幫您', zhHans: '有什么事我可以帮您', en: 'Is there anything I can help you with?' },
    ],
  },
  acknowledging: {
    clause: '2.3',
    seedLine: 131,
    name: { en: 'acknowledging a request heard clearly', zh: '听清客人要求时' },
    phrases: [
      { zh: '好!明白了', zhHans: '好!明白了', en: 'Certainly, understood' },
      { zh: '好!知道了', zhHans: '好!知道了', en: 'Certainly, noted' },
      { zh: '好!聽清楚了', zhHans: '好!听清楚了', en: 'Certainly, I heard you clearly' },
    ],
  },
  'not-heard': {
    clause: '2.3',
    seedLine: 131,
    name: { en: 'a request not heard clearly', zh: '未听清客人要求时' },
    phrases: [
      { zh: '對不起，請您再說一遍', zhHans: '对不起，请您再说一遍', en: 'Sorry, could you say that again, please?' },
    ],
  },
  'please-wait': {
    clause: '2.4',
    seedLine: 132,
    name: { en: 'a guest who cannot be served at once', zh: '不能立即接待客人时' },
    phrases: [
      { zh: '對不起，請您稍候', zhHans: '对不起，请您稍候', en: 'Sorry, please wait a moment' },
      { zh: '對不起，請您稍等一下', zhHans: '对不起，请您稍等一下', en: 'Sorry, please wait a little' },
    ],
  },
  'sorry-to-keep-waiting': {
    clause: '2.5',
    seedLine: 133,
    name: { en: 'a guest who has been waiting', zh: '对等待的客人' },
    phrases: [{ zh: '對不起，讓您久等了', zhHans: '对不起，让您久等了', en: 'Sorry to have kept you waiting' }],
  },
  apology: {
    clause: '2.6',
    seedLine: 134,
    name: { en: 'a mistake or trouble caused to a guest', zh: '接待失误或给客人添麻烦时' },
    phrases: [
      {
        zh: '對不起，剛才疏忽了，給您添麻煩了實在抱歉，今后一定注意，不再發生這類事',
        zhHans: '对不起，刚才疏忽了，给您添麻烦了实在抱歉，今后一定注意，不再发生这类事',
        en: 'Sorry, that was careless of me; I truly apologise for the trouble and will see it never happens again',
      },
    ],
  },
  farewell: {
    clause: '2.7',
    seedLine: 135,
    name: { en: 'a guest leaving', zh: '客人离开时' },
    phrases: [
      {
        zh: '謝謝光臨，歡迎再來，再見!(或請走好)',
        zhHans: '谢谢光临，欢迎再来，再见!(或请走好)',
        en: 'Thank you for coming, welcome back, goodbye (or: take care)',
        match: ['謝謝光臨歡迎再來再見', '謝謝光臨歡迎再來請走好'],
      },
    ],
  },
};
