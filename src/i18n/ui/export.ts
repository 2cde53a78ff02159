/** UI strings of downloads and the API, in the four locales (keys start with `export.`). */
export const exportStrings = {
  en: {
    'export.heading': 'Download the figures',
    'export.place': 'Every figure of this place, for every date, with where each comes from:',
    'export.illustrative':
      'Figures marked illustrative are illustrative in the files too: see the “{column}” column.',
    'export.fewerThan5': 'Counts shown as “fewer than 5” are empty in the files too.',
    'export.all': 'Every snapshot, the API and how to cite',
    'export.about.heading': 'Download the data',
    'export.about.intro':
      'Every snapshot keeps its dated address. The files protect small numbers as the pages do and say where each figure comes from.',
    'export.about.snapshot': 'Snapshot of {date}',
    'export.about.readme': 'What the files and their columns are, and how to cite them',
    'export.about.licence': 'Licence',
    'export.about.api': 'API for programs',
    'export.about.apiIntro':
      'A static JSON interface under {path}. Any website may read it: it is sent with the header {header}.',
    'export.about.endpoints': 'Endpoints',
    'export.about.schemas':
      'The formats are described by JSON Schemas generated from the code that reads and writes them.',
    'export.about.versioning': 'Versioning',
    'export.about.versioningText':
      'Additive changes (a new field, endpoint or metric) raise the minor version and stay under {v1}; a breaking change is published under {v2}, and {v1} stays published alongside it.',
    'export.about.changelog': 'Changelog',
    'export.about.cite': 'How to cite',
    'export.about.citeText':
      'Name the publisher, the title and date of the snapshot and its address, for example:',
    'export.endpoint.index': 'what the interface offers, its version and changes',
    'export.endpoint.places': 'every place: names in four forms, parent, sector, page addresses',
    'export.endpoint.place': 'every figure of one place, with provenance and revisions',
    'export.endpoint.metrics': 'the figures and their definitions',
    'export.endpoint.sources': 'the documents that sourced figures cite',
    'export.endpoint.snapshots': 'every snapshot with its files',
    'export.endpoint.snapshot': 'one snapshot as published',
    'export.endpoint.schema': 'the JSON Schemas',
  },
  uz: {
    'export.heading': 'Koʻrsatkichlarni yuklab olish',
    'export.place': 'Shu hududning barcha sanalardagi barcha koʻrsatkichlari, har birining manbasi bilan:',
    'export.illustrative':
      'Namoyish uchun deb belgilangan koʻrsatkichlar fayllarda ham namoyish uchun: “{column}” ustuniga qarang.',
    'export.fewerThan5': '“5 tadan kam” deb koʻrsatilgan sonlar fayllarda ham boʻsh qoldirilgan.',
    'export.all': 'Barcha nashrlar, API va iqtibos keltirish tartibi',
    'export.about.heading': 'Maʼlumotlarni yuklab olish',
    'export.about.intro':
      'Har bir nashr oʻz sanasi yozilgan manzilda saqlanadi. Fayllarda kichik sonlar sahifalardagidek himoyalangan va har bir koʻrsatkichning manbasi koʻrsatilgan.',
    'export.about.snapshot': '{date} nashri',
    'export.about.readme':
      'Fayllar va ularning ustunlari nimani anglatadi, ularga qanday iqtibos keltiriladi',
    'export.about.licence': 'Litsenziya',
    'export.about.api': 'Dasturlar uchun API',
    'export.about.apiIntro':
      '{path} manzilidagi statik JSON interfeys. Uni istalgan sayt oʻqiy oladi: u {header} sarlavhasi bilan yuboriladi.',
    'export.about.endpoints': 'Manzillar',
    'export.about.schemas':
      'Formatlar ularni oʻqiydigan va yozadigan koddan yaratilgan JSON Schema sxemalari bilan tavsiflangan.',
    'export.about.versioning': 'Versiyalar',
    'export.about.versioningText':
      'Qoʻshimcha oʻzgarishlar (yangi maydon, manzil yoki koʻrsatkich) kichik versiya raqamini oshiradi va {v1} ostida qoladi; mos kelmaydigan oʻzgarish {v2} ostida eʼlon qilinadi, {v1} esa u bilan birga eʼlon qilinishda davom etadi.',
    'export.about.changelog': 'Oʻzgarishlar tarixi',
    'export.about.cite': 'Qanday iqtibos keltirish kerak',
    'export.about.citeText':
      'Nashr qiluvchini, nashrning nomi va sanasini hamda manzilini koʻrsating, masalan:',
    'export.endpoint.index': 'interfeys nimalarni taqdim etadi, uning versiyasi va oʻzgarishlari',
    'export.endpoint.places':
      'barcha hududlar: toʻrt shakldagi nomlari, yuqori hududi, sektori, sahifa manzillari',
    'export.endpoint.place': 'bitta hududning barcha koʻrsatkichlari, manbasi va tuzatishlari bilan',
    'export.endpoint.metrics': 'koʻrsatkichlar va ularning taʼriflari',
    'export.endpoint.sources': 'manbali koʻrsatkichlar keltirilgan hujjatlar',
    'export.endpoint.snapshots': 'barcha nashrlar va ularning fayllari',
    'export.endpoint.snapshot': 'bitta nashr, eʼlon qilinganidek',
    'export.endpoint.schema': 'JSON Schema sxemalari',
  },
  'uz-Cyrl': {
    'export.heading': 'Кўрсаткичларни юклаб олиш',
    'export.place': 'Шу ҳудуднинг барча саналардаги барча кўрсаткичлари, ҳар бирининг манбаси билан:',
    'export.illustrative':
      'Намойиш учун деб белгиланган кўрсаткичлар файлларда ҳам намойиш учун: «{column}» устунига қаранг.',
    'export.fewerThan5': '«5 тадан кам» деб кўрсатилган сонлар файлларда ҳам бўш қолдирилган.',
    'export.all': 'Барча нашрлар, дастурий интерфейс ва иқтибос келтириш тартиби',
    'export.about.heading': 'Маълумотларни юклаб олиш',
    'export.about.intro':
      'Ҳар бир нашр ўз санаси ёзилган манзилда сақланади. Файлларда кичик сонлар саҳифалардагидек ҳимояланган ва ҳар бир кўрсаткичнинг манбаси кўрсатилган.',
    'export.about.snapshot': '{date} нашри',
    'export.about.readme':
      'Файллар ва уларнинг устунлари нимани англатади, уларга қандай иқтибос келтирилади',
    'export.about.licence': 'Лицензия',
    'export.about.api': 'Дастурлар учун интерфейс',
    'export.about.apiIntro':
      '{path} манзилидаги статик интерфейс. Уни исталган сайт ўқий олади: у {header} сарлавҳаси билан юборилади.',
    'export.about.endpoints': 'Манзиллар',
    'export.about.schemas':
      'Форматлар уларни ўқийдиган ва ёзадиган коддан яратилган схемалар билан тавсифланган.',
    'export.about.versioning': 'Версиялар',
    'export.about.versioningText':
      'Қўшимча ўзгаришлар (янги майдон, манзил ёки кўрсаткич) кичик версия рақамини оширади ва {v1} остида қолади; мос келмайдиган ўзгариш {v2} остида эълон қилинади, {v1} эса у билан бирга эълон қилинишда давом этади.',
    'export.about.changelog': 'Ўзгаришлар тарихи',
    'export.about.cite': 'Қандай иқтибос келтириш керак',
    'export.about.citeText': 'Нашр қилувчини, нашрнинг номи ва санасини ҳамда манзилини кўрсатинг, масалан:',
    'export.endpoint.index': 'интерфейс нималарни тақдим этади, унинг версияси ва ўзгаришлари',
    'export.endpoint.places':
      'барча ҳудудлар: тўрт шаклдаги номлари, юқори ҳудуди, сектори, саҳифа манзиллари',
    'export.endpoint.place': 'битта ҳудуднинг барча кўрсаткичлари, манбаси ва тузатишлари билан',
    'export.endpoint.metrics': 'кўрсаткичлар ва уларнинг таърифлари',
    'export.endpoint.sources': 'манбали кўрсаткичлар келтирилган ҳужжатлар',
    'export.endpoint.snapshots': 'барча нашрлар ва уларнинг файллари',
    'export.endpoint.snapshot': 'битта нашр, эълон қилинганидек',
    'export.endpoint.schema': 'схемалар',
  },
  ru: {
    'export.heading': 'Скачать показатели',
    'export.place': 'Все показатели этой территории за все даты, с источником каждого:',
    'export.illustrative':
      'Показатели, помеченные как иллюстративные, иллюстративны и в файлах: см. столбец «{column}».',
    'export.fewerThan5': 'Числа, показанные как «менее 5», в файлах тоже пусты.',
    'export.all': 'Все срезы, API и как ссылаться',
    'export.about.heading': 'Скачать данные',
    'export.about.intro':
      'Каждый срез сохраняет свой адрес с датой. В файлах малые числа защищены так же, как на страницах, и указано, откуда взят каждый показатель.',
    'export.about.snapshot': 'Срез на {date}',
    'export.about.readme': 'Что содержат файлы и их столбцы и как на них ссылаться',
    'export.about.licence': 'Лицензия',
    'export.about.api': 'API для программ',
    'export.about.apiIntro':
      'Статический JSON-интерфейс по адресу {path}. Его может читать любой сайт: он отдаётся с заголовком {header}.',
    'export.about.endpoints': 'Адреса',
    'export.about.schemas':
      'Форматы описаны схемами JSON Schema, созданными из кода, который их читает и пишет.',
    'export.about.versioning': 'Версии',
    'export.about.versioningText':
      'Добавления (новое поле, адрес или показатель) повышают младший номер версии и остаются в {v1}; несовместимое изменение публикуется в {v2}, а {v1} продолжает публиковаться рядом с ним.',
    'export.about.changelog': 'История изменений',
    'export.about.cite': 'Как ссылаться',
    'export.about.citeText': 'Укажите издателя, название и дату среза и его адрес, например:',
    'export.endpoint.index': 'что предлагает интерфейс, его версия и изменения',
    'export.endpoint.places':
      'все территории: названия в четырёх формах, вышестоящая территория, сектор, адреса страниц',
    'export.endpoint.place': 'все показатели одной территории с источниками и пересмотрами',
    'export.endpoint.metrics': 'показатели и их определения',
    'export.endpoint.sources': 'документы, на которые ссылаются показатели с источником',
    'export.endpoint.snapshots': 'все срезы и их файлы',
    'export.endpoint.snapshot': 'один срез в опубликованном виде',
    'export.endpoint.schema': 'схемы JSON Schema',
  },
} as const;
