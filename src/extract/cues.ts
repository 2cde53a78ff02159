/**
 * Words around a number that say what it is not: a sum of money, seats, a length of time,
 * people helped; or that it is a flow rather than a metric's total: "this week", "at
 * stage 4", "transferred", "newly built". They are the same for every metric, so they
 * live here and not in the catalogue. Written as people write them, in the four forms;
 * compared by key (any script, any case), each word matching a word it begins.
 */
import { keyOf } from './tokens.ts';

/** A phrase as keys, with the reason it gives. */
export interface Cue {
  keys: string[];
  reason: string;
}

const cues = (reason: string, words: string): Cue[] =>
  words.split('|').map((w) => ({ keys: keyOf(w).split(' '), reason }));

/** The noun right after the number says it counts something no metric counts. Whole keys: «га» is hectares only alone. */
export const COUNTED_NOT_A_METRIC: readonly [RegExp, string][] = [
  [/^(som|sum|dolar|doler|usd|yevro|evro|euro|rubl|tiyin)/, 'a sum of money'],
  [/^(orin|orinli|orinlik|mest|mesta|seats?|places)$/, 'places or seats (a capacity)'],
  [
    /^(gektar|gektarga|hektar|hectares?|ga|ha|tona|tonna|ton|tons|km|kv|metr|kg|litr|kilometr)$/,
    'an amount (area, weight, length)',
  ],
  [/^(marta|baravar|raz|raza|times)$/, 'how many times'],
  [
    /^(yil|yildan|yilik|let|years?|oy|oylik|mesyats|mesyatsa|mesyatsev|months?|kun|kunlik|den|dnya|dney|days?|hafta|nedel|nedeli|weeks?|soat|chas|chasa|chasov|hours?|minut|minutes?|yosh|yoshli|yoshgacha)$/,
    'a length of time or an age',
  ],
  [/^(rabochih|rabochee|jobs?)$/, 'jobs'],
];

/** Two-word counted nouns: «иш ўрни» (jobs). */
export const COUNTED_PAIRS: readonly [string, RegExp, string][] = [['ish', /^(orn|orin)/, 'jobs']];

/** Words between a number and what it counts: counters and qualifiers. */
export const SKIP_AFTER = new Set(
  [
    'та',
    'таси',
    'тадан',
    'тасидан',
    'нафар',
    'нафари',
    'дона',
    'ta',
    'tasi',
    'tadan',
    'nafar',
    'dona',
    'ортиқ',
    'зиёд',
    'яқин',
    'кўп',
    'кам',
    'ortiq',
    'ziyod',
    'yaqin',
    'koʻp',
    'kam',
    'дан',
    'dan',
    'гача',
    'gacha',
    'га',
    'из',
    'них',
    'of',
    'them',
    'more',
    'than',
    'over',
  ].map(keyOf),
);

/** Words saying the number is what was done for people, not a register or a count of places. */
export const ACTIVITY: readonly Cue[] = [
  ...cues(
    'people helped (an activity, not a metric)',
    'яхшиланди|яхшилаш|yaxshilandi|улучшили|улучшен|improved|ёрдам|yordam|помощь|помощи|оказана|help|helped|кредит|kredit|credit|субсид|subsid|моддий|moddiy|material|тиббий кўрик|tibbiy koʻrik',
  ),
  ...cues(
    'people employed (an activity, not a metric)',
    'ишга жойлаштирилди|ishga joylashtirildi|ишга жойлаштирил|ishga joylashtiril|трудоустроен|employed|банд қилинди|band qilindi|бандлиги таъминланди|bandligi taʼminlandi',
  ),
  ...cues(
    'resources allocated (an activity, not a metric)',
    'ажратилди|ajratildi|выделен|allocated|берилди|berildi|выдан|granted|tashkil qilindi',
  ),
];

/** Words saying the number is a flow of a period or a step, not the metric's total. */
export const FLOW: readonly Cue[] = [
  ...cues(
    'a flow of a period ("this week", "this year"), not the total',
    'ҳафта|hafta|неделю|недели|неделе|week|бугун|bugun|сегодня|today|жорий йил|joriy yil|шу йил|shu yil|бу йил|bu yil|ўтган йил|oʻtgan yil|этом году|текущем году|this year|last year|шу ой|shu oy|бу ой|bu oy|ўтган ой|oʻtgan oy|за месяц|этом месяце|this month|last month|чорак|chorak|квартал|quarter|давомида|davomida|мобайнида|mobaynida|сўнгги|soʻnggi|последние|за период|period|йил бошидан|yil boshidan|с начала года|since the beginning',
  ),
  ...cues('at a stage or step, not the total', 'босқич|bosqich|этап|stage|step'),
  ...cues(
    'transferred or handed over, not the total',
    'топширилди|topshirildi|ўтказилди|oʻtkazildi|передан|передано|передали|transferred|handed over',
  ),
  ...cues(
    'new, built or opened: a change, not the total',
    'янги|yangi|новых|новые|new|қурилди|qurildi|қурилган|qurilgan|построен|built|очилди|ochildi|открыт|opened|ташкил этилди|tashkil etildi|создан|created|barpo etildi|барпо этилди',
  ),
];

/** Signs written before a number: «$5 000» is a sum of money. */
export const SIGN_BEFORE: readonly [RegExp, string][] = [[/[$€£₽]\s*$/, 'a sum of money']];

/** True when `cue` starts at token `i` of `keys` (each word a prefix of the token's key). */
export const cueAt = (keys: readonly string[], i: number, cue: Cue): boolean =>
  cue.keys.every((k, j) => keys[i + j]?.startsWith(k) ?? false);

/** The first cue of `list` found among `keys`, or undefined. */
export function findCue(keys: readonly string[], list: readonly Cue[]): Cue | undefined {
  for (let i = 0; i < keys.length; i++) for (const c of list) if (cueAt(keys, i, c)) return c;
  return undefined;
}
