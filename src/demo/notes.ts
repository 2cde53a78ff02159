/** The one-sentence `note` of each snapshot, in the four forms. */
import { dateText } from './calendar.ts';

type Note = { 'uz-Latn': string; 'uz-Cyrl': string; ru: string; en: string };

const join = (a: Note, b: Note): Note => ({
  'uz-Latn': `${a['uz-Latn']} ${b['uz-Latn']}`,
  'uz-Cyrl': `${a['uz-Cyrl']} ${b['uz-Cyrl']}`,
  ru: `${a.ru} ${b.ru}`,
  en: `${a.en} ${b.en}`,
});

/** A month of the illustrative history. */
export function illustrativeNote(date: string): Note {
  const d = dateText(date);
  return {
    'uz-Latn': `Namoyish maʼlumotlari: ${d['uz-Latn']} holatiga har bir mahalla uchun namunaviy (haqiqiy emas) qiymatlar.`,
    'uz-Cyrl': `Намойиш маълумотлари: ${d['uz-Cyrl']} ҳолатига ҳар бир маҳалла учун намунавий (ҳақиқий эмас) қийматлар.`,
    ru: `Демонстрационные данные: иллюстративные (не реальные) значения по каждой махалле по состоянию на ${d.ru}.`,
    en: `Demo data: illustrative (not real) values for every mahalla as of ${d.en}.`,
  };
}

/** A month in which one mahalla did not report its Women's Notebook figure. */
export function gapNote(date: string): Note {
  return join(illustrativeNote(date), {
    'uz-Latn': 'Bitta mahalla “Ayollar daftari” boʻyicha maʼlumot bermagan.',
    'uz-Cyrl': 'Битта маҳалла «Аёллар дафтари» бўйича маълумот бермаган.',
    ru: 'Одна махалля не сообщила данные по «Женской тетради».',
    en: 'One mahalla did not report its Women’s Notebook figure.',
  });
}

/** A month that also corrects an earlier month's appeals of one mahalla. */
export function revisionNote(date: string, revised: string): Note {
  const r = dateText(revised);
  return join(illustrativeNote(date), {
    'uz-Latn': `Bitta mahallaning ${r['uz-Latn']} holatidagi murojaatlar soni tuzatildi.`,
    'uz-Cyrl': `Битта маҳалланинг ${r['uz-Cyrl']} ҳолатидаги мурожаатлар сони тузатилди.`,
    ru: `Исправлено число обращений одной махалли на ${r.ru}.`,
    en: `Also corrects one mahalla’s appeals figures as of ${r.en}.`,
  });
}

/** The latest snapshot: the press release's figures plus illustrative mahalla values. */
export function sourcedNote(date: string): Note {
  const d = dateText(date);
  return {
    'uz-Latn': `Oʻzbekiston tumani 2-sektori koʻrsatkichlari Fargʻona viloyati hokimligining ${d['uz-Latn']}dagi xabaridan olingan; mahallalar boʻyicha barcha qiymatlar namunaviy (haqiqiy emas).`,
    'uz-Cyrl': `Ўзбекистон тумани 2-сектори кўрсаткичлари Фарғона вилояти ҳокимлигининг ${d['uz-Cyrl']}даги хабаридан олинган; маҳаллалар бўйича барча қийматлар намунавий (ҳақиқий эмас).`,
    ru: `Показатели 2-го сектора Узбекистанского района взяты из пресс-релиза хокимията Ферганской области от ${d.ru}; все значения по махаллям иллюстративные (не реальные).`,
    en: `Figures for sector 2 of Oʻzbekiston District are from the Fergana regional administration’s press release of ${d.en}; all mahalla values are illustrative (not real).`,
  };
}
