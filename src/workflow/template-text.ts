/**
 * The words of the workbook template: its sheet names, the instructions sheet in Uzbek
 * (Latin and Cyrillic), Russian and English, and the short messages Excel shows when a
 * cell is selected or refuses what was typed (Excel caps those at 255 characters).
 */
import type { TextForm } from '../schema/common.ts';

/** Sheet names; Excel shows them in cell references (`Maʼlumotlar!K17`). */
export const SHEETS = {
  instructions: 'Koʻrsatma',
  data: 'Maʼlumotlar',
  corrections: 'Tuzatishlar',
  places: 'Joylar',
  previous: 'Oldingi',
  meta: 'meta',
} as const;

/** The leader of each sector, by sector number: the sector sheet's drop-down and the instructions. */
export const SECTOR_LEADERS: Record<TextForm, readonly [string, string, string, string]> = {
  'uz-Latn': ['hokim', 'prokuror', 'ichki ishlar boʻlimi boshligʻi', 'soliq inspeksiyasi boshligʻi'],
  'uz-Cyrl': ['ҳоким', 'прокурор', 'ички ишлар бўлими бошлиғи', 'солиқ инспекцияси бошлиғи'],
  ru: ['хоким', 'прокурор', 'начальник отдела внутренних дел', 'начальник налоговой инспекции'],
  en: ['hokim', 'prosecutor', 'head of internal affairs', 'head of the tax inspectorate'],
};

/** Headings of the four language sections. */
export const LANGUAGE_HEADINGS: Record<TextForm, string> = {
  'uz-Latn': 'Oʻzbekcha (lotin)',
  'uz-Cyrl': 'Ўзбекча (кирилл)',
  ru: 'Русский',
  en: 'English',
};

/**
 * The instructions, one paragraph per line. `{publisher}` is who publishes the site,
 * `{send}` where the file goes, `{rows}` the rows ready on the corrections and places sheets.
 */
export const INSTRUCTIONS: Record<TextForm, readonly string[]> = {
  'uz-Latn': [
    'Bu fayl — {publisher} saytidagi raqamlarni har oy yangilash uchun shablon. Uni Excel yoki LibreOffice’da toʻldiring va .xlsx fayl sifatida saqlang.',
    '«Maʼlumotlar» varagʻi: har bir joy uchun bitta qator, daraxt tartibida (tuman, har bir sektor va uning mahallalari). Kulrang kataklar (place_id, kind, nomlar) qulflangan; faqat oq kataklarni toʻldiring.',
    'Har bir raqam ustuni — bitta koʻrsatkich (2-qatorda izohlangan). Faqat butun son yozing, 0 yoki undan koʻp. Maʼlumot berilmagan boʻlsa, katakni boʻsh qoldiring: boʻsh katak hech qachon 0 deb oʻqilmaydi. 0 ni faqat haqiqatan nol boʻlsa yozing.',
    '«date» ustuni: qiymatlar qaysi kunga tegishli. Boʻsh qolsa — eʼlon qilingan kun.',
    '«qualifier» ustuni (roʻyxatdan tanlang) qatordagi barcha raqamlarga tegishli: aniq, kamida, koʻpi bilan, taxminan. «62 000 dan ortiq» uchun 62000 yozing va «kamida»ni tanlang. Qatordagi boshqa raqamlar aniq boʻlsa, bu raqamni «Tuzatishlar» varagʻida alohida qatorga yozing.',
    '«source» ustuni: raqamlar eʼlon qilingan hujjat (sources.json dagi id, roʻyxatdan). «quote» — hujjatdagi soʻzlar (ixtiyoriy). Namoyish maʼlumotlarida boʻsh manba «illyustrativ» degani.',
    '«Oldingi» varagʻi: saytda eʼlon qilingan oxirgi qiymatlar, xuddi shu qatorlarda, solishtirish uchun. «<5» — 5 dan kam, «x» — kichik sonni himoya qilish uchun yashirilgan.',
    'Oldingi oyni tuzatish: «Tuzatishlar» varagʻida joyni (place_id roʻyxatdan yoki nomi), oʻsha oyning sanasini va toʻgʻri raqamlarni yozing ({rows} ta qator tayyor). Bu varaq yangi joylarning raqamlari uchun ham.',
    'Sektorlari va mahallalari hali yoʻq tuman: «Joylar» varagʻida toʻrt sektorni (1 — hokim, 2 — prokuror, 3 — ichki ishlar boʻlimi boshligʻi, 4 — soliq inspeksiyasi boshligʻi) va mahallalarni kiriting. Mahalla nomi bitta yozuvda yetarli (lotin yoki kirill). Rahbar ismi va kanal faqat manba bilan.',
    'Saqlash: Fayl → Saqlash (.xlsx, «Excel kitobi»); CSV shart emas. Tayyor faylni {send} yuboring.',
  ],
  'uz-Cyrl': [
    'Бу файл — {publisher} сайтидаги рақамларни ҳар ой янгилаш учун шаблон. Уни Excel ёки LibreOffice’да тўлдиринг ва .xlsx файл сифатида сақланг.',
    '«Maʼlumotlar» варағи: ҳар бир жой учун битта қатор, дарахт тартибида (туман, ҳар бир сектор ва унинг маҳаллалари). Кулранг катаклар (place_id, kind, номлар) қулфланган; фақат оқ катакларни тўлдиринг.',
    'Ҳар бир рақам устуни — битта кўрсаткич (2-қаторда изоҳланган). Фақат бутун сон ёзинг, 0 ёки ундан кўп. Маълумот берилмаган бўлса, катакни бўш қолдиринг: бўш катак ҳеч қачон 0 деб ўқилмайди. 0 ни фақат ҳақиқатан нол бўлса ёзинг.',
    '«date» устуни: қийматлар қайси кунга тегишли. Бўш қолса — эълон қилинган кун.',
    '«qualifier» устуни (рўйхатдан танланг) қатордаги барча рақамларга тегишли: аниқ, камида, кўпи билан, тахминан. «62 000 дан ортиқ» учун 62000 ёзинг ва «камида»ни танланг. Қатордаги бошқа рақамлар аниқ бўлса, бу рақамни «Tuzatishlar» варағида алоҳида қаторга ёзинг.',
    '«source» устуни: рақамлар эълон қилинган ҳужжат (sources.json даги id, рўйхатдан). «quote» — ҳужжатдаги сўзлар (ихтиёрий). Намойиш маълумотларида бўш манба «иллюстратив» дегани.',
    '«Oldingi» варағи: сайтда эълон қилинган охирги қийматлар, худди шу қаторларда, солиштириш учун. «<5» — 5 дан кам, «x» — кичик сонни ҳимоя қилиш учун яширилган.',
    'Олдинги ойни тузатиш: «Tuzatishlar» варағида жойни (place_id рўйхатдан ёки номи), ўша ойнинг санасини ва тўғри рақамларни ёзинг ({rows} та қатор тайёр). Бу варақ янги жойларнинг рақамлари учун ҳам.',
    'Секторлари ва маҳаллалари ҳали йўқ туман: «Joylar» варағида тўрт секторни (1 — ҳоким, 2 — прокурор, 3 — ички ишлар бўлими бошлиғи, 4 — солиқ инспекцияси бошлиғи) ва маҳаллаларни киритинг. Маҳалла номи битта ёзувда етарли (лотин ёки кирилл). Раҳбар исми ва канал фақат манба билан.',
    'Сақлаш: Файл → Сақлаш (.xlsx, «Excel китоби»); CSV шарт эмас. Тайёр файлни {send} юборинг.',
  ],
  ru: [
    'Этот файл — шаблон ежемесячного обновления цифр сайта {publisher}. Заполните его в Excel или LibreOffice и сохраните как файл .xlsx.',
    'Лист «Maʼlumotlar»: по строке на каждое место, в порядке дерева (район, каждый сектор и его махалли). Серые ячейки (place_id, kind, названия) защищены; заполняйте только белые.',
    'Каждый числовой столбец — один показатель (пояснение во 2-й строке). Пишите только целые числа, 0 или больше. Если данных нет, оставьте ячейку пустой: пустая ячейка никогда не читается как 0. Пишите 0, только если значение действительно ноль.',
    'Столбец «date»: к какому дню относятся значения. Пусто — день публикации.',
    'Столбец «qualifier» (выберите из списка) относится ко всем числам строки: точно, не менее, не более, примерно. Для «более 62 000» напишите 62000 и выберите «не менее». Если остальные числа строки точные, запишите это число отдельной строкой на листе «Tuzatishlar».',
    'Столбец «source»: документ, в котором опубликованы числа (id из sources.json, из списка). «quote» — слова документа (необязательно). В демонстрационных данных пустой источник означает «иллюстративно».',
    'Лист «Oldingi»: последние опубликованные на сайте значения, в тех же строках, для сравнения. «<5» — меньше 5, «x» — скрыто, чтобы защитить малое число.',
    'Исправить прошлый месяц: на листе «Tuzatishlar» укажите место (place_id из списка или название), дату того месяца и верные числа (готово {rows} строк). Этот лист и для чисел новых мест.',
    'Район, у которого ещё нет секторов и махаллей: на листе «Joylar» внесите четыре сектора (1 — хоким, 2 — прокурор, 3 — начальник отдела внутренних дел, 4 — начальник налоговой инспекции) и махалли. Название махалли достаточно одной графикой (латиница или кириллица). Имя руководителя и канал — только с источником.',
    'Сохранение: Файл → Сохранить (.xlsx, «Книга Excel»); CSV не нужен. Готовый файл отправьте {send}.',
  ],
  en: [
    'This file is the template for the monthly update of the figures on the site of {publisher}. Fill it in with Excel or LibreOffice and save it as an .xlsx file.',
    'Sheet “Maʼlumotlar”: one row per place, in tree order (the district, each sector followed by its mahallas). Grey cells (place_id, kind, names) are locked; fill in the white ones only.',
    'Each number column is one figure (explained in row 2). Type whole numbers only, 0 or more. If a figure was not reported, leave its cell empty: an empty cell is never read as 0. Type 0 only when the count really is zero.',
    'Column “date”: the day the values refer to. Empty means the publication date.',
    'Column “qualifier” (pick from the list) applies to every number of the row: exact, at least, at most, approximately. For “more than 62 000”, type 62000 and pick “at least”. If the other numbers of the row are exact, put that number in a row of its own on sheet “Tuzatishlar”.',
    'Column “source”: the document the numbers were published in (its id in sources.json, from the list). “quote”: the document’s own words (optional). In demo data an empty source means “illustrative”.',
    'Sheet “Oldingi”: the latest values published on the site, in the same rows, to compare with. “<5” is fewer than 5; “x” is hidden to protect a small number.',
    'To correct an earlier month: on sheet “Tuzatishlar” give the place (place_id from the list, or its name), that month’s date and the right numbers ({rows} rows are ready). The same sheet takes the numbers of new places.',
    'A district with no sectors or mahallas yet: on sheet “Joylar” enter its four sectors (1 hokim, 2 prosecutor, 3 head of internal affairs, 4 head of the tax inspectorate) and its mahallas. A mahalla’s name in one script is enough (Latin or Cyrillic). A leader’s name and a channel only with their source.',
    'Saving: File → Save (.xlsx, “Excel Workbook”); no CSV needed. Send the file {send}.',
  ],
};

/** Where to send the file, in each language: to the publisher, and their address if the site gives one. */
export function sendTo(form: TextForm, publisher: string, url: string | undefined): string {
  const to = {
    'uz-Latn': `sayt nashriyotchisiga (${publisher})`,
    'uz-Cyrl': `сайт ноширига (${publisher})`,
    ru: `издателю сайта (${publisher})`,
    en: `to the site’s publisher (${publisher})`,
  }[form];
  return url ? `${to} (${url})` : to;
}

/** Messages Excel shows on input cells: title (≤ 32 characters) and text (≤ 255; one paragraph, as attributes lose line breaks). */
export const PROMPTS = {
  count: {
    title: '0, 1, 2 …',
    prompt:
      'Butun son ≥ 0; boʻsh = maʼlumot yoʻq. Бутун сон ≥ 0; бўш = маълумот йўқ. Целое число ≥ 0; пусто = нет данных. Whole number ≥ 0; empty = not reported.',
    error: 'Butun son ≥ 0 / Бутун сон ≥ 0 / Целое число ≥ 0 / Whole number ≥ 0. «>» → qualifier.',
  },
  date: {
    title: 'YYYY-MM-DD',
    prompt: 'Boʻsh = eʼlon sanasi. Бўш = эълон санаси. Пусто = дата публикации. Empty = publication date.',
    error: 'Sana / Сана / Дата / Date: 2000-01-01 … 2099-12-31',
  },
  qualifier: {
    title: 'qualifier',
    prompt:
      'Qatordagi barcha raqamlar uchun. Қатордаги барча рақамлар учун. Для всех чисел строки. For every number of the row. Boʻsh / пусто / empty = aniq / точно / exact.',
    error: 'Roʻyxatdan tanlang / Рўйхатдан танланг / Выберите из списка / Pick from the list.',
  },
  source: {
    title: 'source',
    prompt: 'sources.json dagi id / id из sources.json / id in sources.json.',
    error: 'Roʻyxatda yoʻq / Рўйхатда йўқ / Нет в списке / Not in the list: add it to sources.json.',
  },
  place: {
    title: 'place_id',
    prompt: 'Roʻyxatdan yoki nomini yozing / Из списка или название / From the list, or type the name.',
    error: 'Roʻyxatda yoʻq / Рўйхатда йўқ / Нет в списке / Not in the list: leave empty and type the name.',
  },
  sector: {
    title: 'sector 1–4',
    prompt:
      '1 hokim / ҳоким / хоким / hokim; 2 prokuror / прокурор / prosecutor; 3 ichki ishlar / ички ишлар / ОВД / internal affairs; 4 soliq / солиқ / налоговая / tax.',
    error: '1, 2, 3, 4',
  },
  kind: {
    title: 'kind',
    prompt: 'sector / mahalla',
    error: 'sector / mahalla',
  },
} as const;
