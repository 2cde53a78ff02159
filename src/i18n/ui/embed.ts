/** UI strings of chart citations, embeds and per-chart files, in the four locales (keys start with `embed.`). */
export const embedStrings = {
  en: {
    'embed.cite.illustrative':
      'This chart shows illustrative figures (generated for the demonstration), so it cannot be cited.',
    'embed.summary': 'Embed',
    'embed.code': 'Paste one of these codes into your page.',
    'embed.codeLatest': 'Latest: the frame always shows the newest snapshot.',
    'embed.codePinned':
      'Pinned to this snapshot ({date}): the frame keeps showing these figures after later updates.',
    'embed.latestTitle': '{place}: charts, latest snapshot',
    'embed.pinnedTitle': '{place}, snapshot of {date}',
    'embed.pinnedNote':
      'As published in the snapshot of {date}; later snapshots may have updated these figures.',
    'embed.archive': 'Snapshot of {date} on Ochiq Sektor',
    'embed.resize': 'Optional: this script fits the frame’s height to the chart.',
    'embed.frameTitle': '{chart} — {place}',
    'embed.download': 'Download this chart:',
    'embed.image': 'image',
    'embed.data': 'data',
    'embed.back': '{place} on Ochiq Sektor',
    'embed.illustrative': 'Hatched figures are illustrative: generated for the demonstration, not real.',
    'embed.footer': 'Ochiq Sektor, {date}: {url}',
  },
  uz: {
    'embed.cite.illustrative':
      'Bu diagrammada namoyish uchun yaratilgan (haqiqiy boʻlmagan) koʻrsatkichlar bor, unga iqtibos keltirib boʻlmaydi.',
    'embed.summary': 'Saytga joylash',
    'embed.code': 'Quyidagi kodlardan birini oʻz sahifangizga qoʻying.',
    'embed.codeLatest': 'Eng soʻnggi: ramkada doim eng yangi nashr koʻrinadi.',
    'embed.codePinned':
      'Shu nashrga bogʻlangan ({date}): keyingi yangilanishlardan keyin ham ramkada shu koʻrsatkichlar koʻrinadi.',
    'embed.latestTitle': '{place}: diagrammalar, eng soʻnggi nashr',
    'embed.pinnedTitle': '{place}, {date} nashri',
    'embed.pinnedNote':
      '{date} nashrida eʼlon qilinganidek; keyingi nashrlarda bu koʻrsatkichlar yangilangan boʻlishi mumkin.',
    'embed.archive': '{date} nashri Ochiq Sektor saytida',
    'embed.resize': 'Ixtiyoriy: bu skript ramka balandligini diagrammaga moslaydi.',
    'embed.frameTitle': '{chart} — {place}',
    'embed.download': 'Diagrammani yuklab olish:',
    'embed.image': 'rasm',
    'embed.data': 'maʼlumotlar',
    'embed.back': '{place} Ochiq Sektor saytida',
    'embed.illustrative': 'Chiziqlangan koʻrsatkichlar namoyish uchun yaratilgan, haqiqiy emas.',
    'embed.footer': 'Ochiq Sektor, {date}: {url}',
  },
  'uz-Cyrl': {
    'embed.cite.illustrative':
      'Бу диаграммада намойиш учун яратилган (ҳақиқий бўлмаган) кўрсаткичлар бор, унга иқтибос келтириб бўлмайди.',
    'embed.summary': 'Сайтга жойлаш',
    'embed.code': 'Қуйидаги кодлардан бирини ўз саҳифангизга қўйинг.',
    'embed.codeLatest': 'Энг сўнгги: рамкада доим энг янги нашр кўринади.',
    'embed.codePinned':
      'Шу нашрга боғланган ({date}): кейинги янгиланишлардан кейин ҳам рамкада шу кўрсаткичлар кўринади.',
    'embed.latestTitle': '{place}: диаграммалар, энг сўнгги нашр',
    'embed.pinnedTitle': '{place}, {date} нашри',
    'embed.pinnedNote':
      '{date} нашрида эълон қилинганидек; кейинги нашрларда бу кўрсаткичлар янгиланган бўлиши мумкин.',
    'embed.archive': '{date} нашри Очиқ Сектор сайтида',
    'embed.resize': 'Ихтиёрий: бу скрипт рамка баландлигини диаграммага мослайди.',
    'embed.frameTitle': '{chart} — {place}',
    'embed.download': 'Диаграммани юклаб олиш:',
    'embed.image': 'расм',
    'embed.data': 'маълумотлар',
    'embed.back': '{place} Очиқ Сектор сайтида',
    'embed.illustrative': 'Чизиқланган кўрсаткичлар намойиш учун яратилган, ҳақиқий эмас.',
    'embed.footer': 'Очиқ Сектор, {date}: {url}',
  },
  ru: {
    'embed.cite.illustrative':
      'На этой диаграмме иллюстративные показатели (сгенерированы для демонстрации), поэтому на неё нельзя ссылаться.',
    'embed.summary': 'Встроить',
    'embed.code': 'Вставьте один из этих кодов на свою страницу.',
    'embed.codeLatest': 'Последний срез: фрейм всегда показывает самые новые данные.',
    'embed.codePinned':
      'Закреплён за этим срезом ({date}): фрейм и после обновлений показывает эти показатели.',
    'embed.latestTitle': '{place}: графики, последний срез',
    'embed.pinnedTitle': '{place}, срез от {date}',
    'embed.pinnedNote':
      'Как опубликовано в срезе от {date}; в более поздних срезах показатели могли измениться.',
    'embed.archive': 'Срез от {date} на сайте «Очиқ Сектор»',
    'embed.resize': 'По желанию: этот скрипт подгоняет высоту фрейма под диаграмму.',
    'embed.frameTitle': '{chart} — {place}',
    'embed.download': 'Скачать диаграмму:',
    'embed.image': 'изображение',
    'embed.data': 'данные',
    'embed.back': '{place} на сайте «Очиқ Сектор»',
    'embed.illustrative':
      'Заштрихованные показатели иллюстративные: сгенерированы для демонстрации, не реальные.',
    'embed.footer': '«Очиқ Сектор», {date}: {url}',
  },
} as const;
