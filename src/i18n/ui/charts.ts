/** UI strings of the charts, in the four locales (keys start with `chart.`). */
export const chartStrings = {
  en: {
    'chart.section': 'Charts',
    'chart.table.show': 'Show the numbers',
    'chart.caption.source': 'Source',
    'chart.caption.asOf': 'Figures as of {date}.',
    'chart.caption.range': 'Snapshots from {from} to {to}.',
    'chart.caption.illustrative':
      'Hatched and open marks are illustrative: generated for the demonstration, not real figures.',
    'chart.legend.illustrative': 'illustrative',
    'chart.legend.fewerThan5': 'fewer than 5 (a count from 1 to 4)',
    'chart.note.fewerThan5':
      'Counts from 1 to 4 are not published; they are drawn as a hatched band up to 5, never as a number.',
    'chart.progress.title': '{place} has lifted {lifted} of {registered} families ({share}) out of poverty',
    'chart.progress.titlePlain':
      '{place}: {registered} families in the Iron Notebook, {lifted} lifted out of poverty',
    'chart.progress.titleHidden': '{place}: Iron Notebook counts are too small to publish',
    'chart.progress.titleNone': '{place}: no Iron Notebook figures published',
    'chart.progress.titleEmpty': '{place}: no families in the Iron Notebook',
    'chart.progress.lifted': 'Lifted: {value}',
    'chart.progress.liftedShare': 'Lifted: {value} ({share})',
    'chart.progress.registered': 'Registered: {value}',
    'chart.progress.legendLifted': 'lifted out of poverty',
    'chart.progress.legendRest': 'still in the Iron Notebook',
    'chart.progress.desc':
      'Bar chart. The whole bar stands for the families in the Iron Notebook ({registered}); the filled part for those lifted out of poverty ({lifted}).',
    'chart.progress.derivedSourced':
      'The share {share} is derived from the sourced figures (lifted ÷ registered); the source does not state it.',
    'chart.progress.derived': 'The share is derived: lifted ÷ registered.',
    'chart.progress.standing':
      '{place} ranks {rank} of {n} among the mahallas of {parent} by share lifted out of poverty.',
    'chart.ranking.title':
      '{metric} ({place}): highest in {top} ({topValue}), lowest in {bottom} ({bottomValue})',
    'chart.ranking.titleOne': '{metric} ({place}): {top} ({topValue})',
    'chart.ranking.titleNone': '{metric} ({place}): no published values to compare',
    'chart.ranking.desc': 'Bar chart of {metric} for {n} places of {place}, highest first.',
    'chart.ranking.rank': 'Rank',
    'chart.ranking.self': 'this place',
    'chart.standing.title': '{metric}: {place} ranks {rank} of {n} ({value})',
    'chart.standing.titleNone': '{metric}: {place} has no published value to compare',
    'chart.standing.desc':
      'Bar chart of {metric} for {n} places, highest first; the bar of {place} is highlighted.',
    'chart.trend.titleUp': '{metric} rose from {first} ({from}) to {last} ({to})',
    'chart.trend.titleDown': '{metric} fell from {first} ({from}) to {last} ({to})',
    'chart.trend.titleSame': '{metric} stayed at {last} from {from} to {to}',
    'chart.trend.titleOne': '{metric}: {last} ({to})',
    'chart.trend.titleNone': '{metric}: no published values',
    'chart.trend.desc': 'Line chart of {metrics} at {n} snapshot dates, {from} to {to}.',
    'chart.trend.legendRevised': 'revised later (grey dot: earlier value)',
    'chart.trend.mixedNote':
      'Filled points on solid lines are sourced; open points on dashed lines are illustrative.',
    'chart.trend.gapNote': 'A gap in a line means that snapshot has no value; it is not a zero.',
    'chart.trend.revisedNote':
      'A ringed point was revised by a later snapshot; the small grey dot shows the value first published.',
    'chart.institutions.title':
      '{place} has {schools} schools, {preschools} preschools and {health} health facilities',
    'chart.institutions.desc':
      'Bar chart in three columns, schools, preschools and health facilities per 10,000 residents, for each of {n} places of {place}; each bar is labelled with the rate and the count.',
    'chart.institutions.schools': 'Schools',
    'chart.institutions.preschools': 'Preschools',
    'chart.institutions.health': 'Health',
    'chart.institutions.howToRead':
      'Bars: institutions per 10,000 residents, all on one scale; labels: rate per 10,000 (count).',
    'chart.institutions.upperBound':
      'Where the population is a lower bound (“more than …”), the rate per 10,000 residents is an upper bound (≤, drawn with ‹).',
    'chart.notebooks.iron': 'Iron Notebook',
    'chart.notebooks.youth': 'Youth Notebook',
    'chart.notebooks.women': 'Women’s Notebook',
    'chart.notebooks.migrants': 'Labour migrants',
    'chart.notebooks.title': '{place}, {date}: {list}',
    'chart.notebooks.desc':
      'Four small line charts, one per register, each on its own scale from zero, at {n} snapshot dates from {from} to {to}.',
  },
  uz: {
    'chart.section': 'Diagrammalar',
    'chart.table.show': 'Raqamlarni koʻrsatish',
    'chart.caption.source': 'Manba',
    'chart.caption.asOf': '{date} holatiga koʻrsatkichlar.',
    'chart.caption.range': 'Nashrlar: {from} – {to}.',
    'chart.caption.illustrative':
      'Shtrixlangan va ichi boʻsh belgilar namoyish uchun yaratilgan qiymatlar, haqiqiy koʻrsatkichlar emas.',
    'chart.legend.illustrative': 'namoyish uchun',
    'chart.legend.fewerThan5': '5 tadan kam (1 dan 4 gacha son)',
    'chart.note.fewerThan5':
      '1 dan 4 gacha boʻlgan sonlar eʼlon qilinmaydi; ular son sifatida emas, 5 gacha shtrixlangan tasma sifatida koʻrsatiladi.',
    'chart.progress.title':
      '{place}: “Temir daftar”dagi {registered} oiladan {lifted} tasi ({share}) kambagʻallikdan chiqarildi',
    'chart.progress.titlePlain':
      '{place}: “Temir daftar”da {registered} oila, ulardan kambagʻallikdan chiqarilgani — {lifted}',
    'chart.progress.titleHidden': '{place}: “Temir daftar” raqamlari eʼlon qilish uchun juda kichik',
    'chart.progress.titleNone': '{place}: “Temir daftar” koʻrsatkichlari eʼlon qilinmagan',
    'chart.progress.titleEmpty': '{place}: “Temir daftar”da oila yoʻq',
    'chart.progress.lifted': 'Chiqarildi: {value}',
    'chart.progress.liftedShare': 'Chiqarildi: {value} ({share})',
    'chart.progress.registered': 'Roʻyxatda: {value}',
    'chart.progress.legendLifted': 'kambagʻallikdan chiqarilgan',
    'chart.progress.legendRest': 'hali “Temir daftar”da',
    'chart.progress.desc':
      'Ustunli diagramma. Butun ustun — “Temir daftar”dagi oilalar ({registered}); boʻyalgan qismi — kambagʻallikdan chiqarilganlar ({lifted}).',
    'chart.progress.derivedSourced':
      '{share} ulushi manbadagi raqamlardan hisoblangan (chiqarilganlar ÷ roʻyxatdagilar); manbaning oʻzida u keltirilmagan.',
    'chart.progress.derived': 'Ulush hisoblangan: chiqarilganlar ÷ roʻyxatdagilar.',
    'chart.progress.standing':
      'Kambagʻallikdan chiqarilganlar ulushi boʻyicha {place} {parent}dagi {n} ta mahalla orasida {rank}-oʻrinda.',
    'chart.ranking.title':
      '{metric} ({place}): eng yuqori — {top} ({topValue}), eng past — {bottom} ({bottomValue})',
    'chart.ranking.titleOne': '{metric} ({place}): {top} ({topValue})',
    'chart.ranking.titleNone': '{metric} ({place}): taqqoslash uchun eʼlon qilingan qiymatlar yoʻq',
    'chart.ranking.desc':
      '{place} tarkibidagi {n} ta hudud boʻyicha “{metric}” ustunli diagrammasi, eng yuqorisidan boshlab.',
    'chart.ranking.rank': 'Oʻrin',
    'chart.ranking.self': 'shu hudud',
    'chart.standing.title': '{metric}: {place} {n} tadan {rank}-oʻrinda ({value})',
    'chart.standing.titleNone': '{metric}: {place} uchun taqqoslanadigan qiymat eʼlon qilinmagan',
    'chart.standing.desc':
      '{n} ta hudud boʻyicha “{metric}” ustunli diagrammasi, eng yuqorisidan boshlab; {place} ustuni ajratib koʻrsatilgan.',
    'chart.trend.titleUp': '{metric} oʻsdi: {first} ({from}) → {last} ({to})',
    'chart.trend.titleDown': '{metric} kamaydi: {first} ({from}) → {last} ({to})',
    'chart.trend.titleSame': '{metric} oʻzgarmadi: {last} ({from} – {to})',
    'chart.trend.titleOne': '{metric}: {last} ({to})',
    'chart.trend.titleNone': '{metric}: eʼlon qilingan qiymatlar yoʻq',
    'chart.trend.desc': '{metrics} chiziqli diagrammasi, {n} ta nashr sanasi, {from} – {to}.',
    'chart.trend.legendRevised': 'keyinroq qayta koʻrib chiqilgan (kulrang nuqta — avvalgi qiymat)',
    'chart.trend.mixedNote':
      'Yaxlit chiziqdagi toʻldirilgan nuqtalar manbali; punktir chiziqdagi ichi boʻsh nuqtalar namoyish uchun.',
    'chart.trend.gapNote': 'Chiziqdagi uzilish oʻsha nashrda qiymat yoʻqligini bildiradi; bu nol emas.',
    'chart.trend.revisedNote':
      'Halqa bilan belgilangan nuqta keyingi nashrda qayta koʻrib chiqilgan; kichik kulrang nuqta dastlab eʼlon qilingan qiymatni koʻrsatadi.',
    'chart.institutions.title':
      '{place}: {schools} ta maktab, {preschools} ta maktabgacha taʼlim tashkiloti, {health} ta sogʻliqni saqlash muassasasi',
    'chart.institutions.desc':
      '{place} tarkibidagi {n} ta hudud boʻyicha uch ustunli diagramma: 10 000 aholiga maktablar, maktabgacha taʼlim tashkilotlari va sogʻliqni saqlash muassasalari; har bir ustunda koʻrsatkich va son yozilgan.',
    'chart.institutions.schools': 'Maktablar',
    'chart.institutions.preschools': 'Bogʻchalar',
    'chart.institutions.health': 'Tibbiyot',
    'chart.institutions.howToRead':
      'Ustunlar: 10 000 aholiga toʻgʻri keladigan muassasalar, hammasi bir xil shkalada; yozuvlar: 10 000 aholiga koʻrsatkich (soni).',
    'chart.institutions.upperBound':
      'Aholi soni quyi chegara boʻlganda (“…dan ortiq”), 10 000 aholiga koʻrsatkich yuqori chegara boʻladi (≤, ‹ belgisi bilan).',
    'chart.notebooks.iron': '“Temir daftar”',
    'chart.notebooks.youth': '“Yoshlar daftari”',
    'chart.notebooks.women': '“Ayollar daftari”',
    'chart.notebooks.migrants': 'Mehnat migrantlari',
    'chart.notebooks.title': '{place}, {date}: {list}',
    'chart.notebooks.desc':
      'Toʻrtta kichik chiziqli diagramma, har bir daftar uchun bittadan, har biri noldan boshlanadigan oʻz shkalasida; {n} ta nashr sanasi, {from} – {to}.',
  },
  'uz-Cyrl': {
    'chart.section': 'Диаграммалар',
    'chart.table.show': 'Рақамларни кўрсатиш',
    'chart.caption.source': 'Манба',
    'chart.caption.asOf': '{date} ҳолатига кўрсаткичлар.',
    'chart.caption.range': 'Нашрлар: {from} – {to}.',
    'chart.caption.illustrative':
      'Штрихланган ва ичи бўш белгилар намойиш учун яратилган қийматлар, ҳақиқий кўрсаткичлар эмас.',
    'chart.legend.illustrative': 'намойиш учун',
    'chart.legend.fewerThan5': '5 тадан кам (1 дан 4 гача сон)',
    'chart.note.fewerThan5':
      '1 дан 4 гача бўлган сонлар эълон қилинмайди; улар сон сифатида эмас, 5 гача штрихланган тасма сифатида кўрсатилади.',
    'chart.progress.title':
      '{place}: «Темир дафтар»даги {registered} оиладан {lifted} таси ({share}) камбағалликдан чиқарилди',
    'chart.progress.titlePlain':
      '{place}: «Темир дафтар»да {registered} оила, улардан камбағалликдан чиқарилгани — {lifted}',
    'chart.progress.titleHidden': '{place}: «Темир дафтар» рақамлари эълон қилиш учун жуда кичик',
    'chart.progress.titleNone': '{place}: «Темир дафтар» кўрсаткичлари эълон қилинмаган',
    'chart.progress.titleEmpty': '{place}: «Темир дафтар»да оила йўқ',
    'chart.progress.lifted': 'Чиқарилди: {value}',
    'chart.progress.liftedShare': 'Чиқарилди: {value} ({share})',
    'chart.progress.registered': 'Рўйхатда: {value}',
    'chart.progress.legendLifted': 'камбағалликдан чиқарилган',
    'chart.progress.legendRest': 'ҳали «Темир дафтар»да',
    'chart.progress.desc':
      'Устунли диаграмма. Бутун устун — «Темир дафтар»даги оилалар ({registered}); бўялган қисми — камбағалликдан чиқарилганлар ({lifted}).',
    'chart.progress.derivedSourced':
      '{share} улуши манбадаги рақамлардан ҳисобланган (чиқарилганлар ÷ рўйхатдагилар); манбанинг ўзида у келтирилмаган.',
    'chart.progress.derived': 'Улуш ҳисобланган: чиқарилганлар ÷ рўйхатдагилар.',
    'chart.progress.standing':
      'Камбағалликдан чиқарилганлар улуши бўйича {place} {parent}даги {n} та маҳалла орасида {rank}-ўринда.',
    'chart.ranking.title':
      '{metric} ({place}): энг юқори — {top} ({topValue}), энг паст — {bottom} ({bottomValue})',
    'chart.ranking.titleOne': '{metric} ({place}): {top} ({topValue})',
    'chart.ranking.titleNone': '{metric} ({place}): таққослаш учун эълон қилинган қийматлар йўқ',
    'chart.ranking.desc':
      '{place} таркибидаги {n} та ҳудуд бўйича «{metric}» устунли диаграммаси, энг юқорисидан бошлаб.',
    'chart.ranking.rank': 'Ўрин',
    'chart.ranking.self': 'шу ҳудуд',
    'chart.standing.title': '{metric}: {place} {n} тадан {rank}-ўринда ({value})',
    'chart.standing.titleNone': '{metric}: {place} учун таққосланадиган қиймат эълон қилинмаган',
    'chart.standing.desc':
      '{n} та ҳудуд бўйича «{metric}» устунли диаграммаси, энг юқорисидан бошлаб; {place} устуни ажратиб кўрсатилган.',
    'chart.trend.titleUp': '{metric} ўсди: {first} ({from}) → {last} ({to})',
    'chart.trend.titleDown': '{metric} камайди: {first} ({from}) → {last} ({to})',
    'chart.trend.titleSame': '{metric} ўзгармади: {last} ({from} – {to})',
    'chart.trend.titleOne': '{metric}: {last} ({to})',
    'chart.trend.titleNone': '{metric}: эълон қилинган қийматлар йўқ',
    'chart.trend.desc': '{metrics} чизиқли диаграммаси, {n} та нашр санаси, {from} – {to}.',
    'chart.trend.legendRevised': 'кейинроқ қайта кўриб чиқилган (кулранг нуқта — аввалги қиймат)',
    'chart.trend.mixedNote':
      'Яхлит чизиқдаги тўлдирилган нуқталар манбали; пунктир чизиқдаги ичи бўш нуқталар намойиш учун.',
    'chart.trend.gapNote': 'Чизиқдаги узилиш ўша нашрда қиймат йўқлигини билдиради; бу нол эмас.',
    'chart.trend.revisedNote':
      'Ҳалқа билан белгиланган нуқта кейинги нашрда қайта кўриб чиқилган; кичик кулранг нуқта дастлаб эълон қилинган қийматни кўрсатади.',
    'chart.institutions.title':
      '{place}: {schools} та мактаб, {preschools} та мактабгача таълим ташкилоти, {health} та соғлиқни сақлаш муассасаси',
    'chart.institutions.desc':
      '{place} таркибидаги {n} та ҳудуд бўйича уч устунли диаграмма: 10 000 аҳолига мактаблар, мактабгача таълим ташкилотлари ва соғлиқни сақлаш муассасалари; ҳар бир устунда кўрсаткич ва сон ёзилган.',
    'chart.institutions.schools': 'Мактаблар',
    'chart.institutions.preschools': 'Боғчалар',
    'chart.institutions.health': 'Тиббиёт',
    'chart.institutions.howToRead':
      'Устунлар: 10 000 аҳолига тўғри келадиган муассасалар, ҳаммаси бир хил шкалада; ёзувлар: 10 000 аҳолига кўрсаткич (сони).',
    'chart.institutions.upperBound':
      'Аҳоли сони қуйи чегара бўлганда («…дан ортиқ»), 10 000 аҳолига кўрсаткич юқори чегара бўлади (≤, ‹ белгиси билан).',
    'chart.notebooks.iron': '«Темир дафтар»',
    'chart.notebooks.youth': '«Ёшлар дафтари»',
    'chart.notebooks.women': '«Аёллар дафтари»',
    'chart.notebooks.migrants': 'Меҳнат мигрантлари',
    'chart.notebooks.title': '{place}, {date}: {list}',
    'chart.notebooks.desc':
      'Тўртта кичик чизиқли диаграмма, ҳар бир дафтар учун биттадан, ҳар бири нолдан бошланадиган ўз шкаласида; {n} та нашр санаси, {from} – {to}.',
  },
  ru: {
    'chart.section': 'Диаграммы',
    'chart.table.show': 'Показать числа',
    'chart.caption.source': 'Источник',
    'chart.caption.asOf': 'Данные на {date}',
    'chart.caption.range': 'Срезы с {from} по {to}',
    'chart.caption.illustrative':
      'Заштрихованные и незакрашенные отметки — иллюстративные: сгенерированы для демонстрации, это не реальные показатели.',
    'chart.legend.illustrative': 'иллюстративное',
    'chart.legend.fewerThan5': 'менее 5 (число от 1 до 4)',
    'chart.note.fewerThan5':
      'Числа от 1 до 4 не публикуются; они показаны заштрихованной полосой до 5, а не числом.',
    'chart.progress.title':
      '{place}: {share} семей из «Железной тетради» выведены из бедности ({lifted} из {registered})',
    'chart.progress.titlePlain':
      '{place}: семей в «Железной тетради» — {registered}, выведены из бедности — {lifted}',
    'chart.progress.titleHidden': '{place}: числа «Железной тетради» слишком малы для публикации',
    'chart.progress.titleNone': '{place}: показатели «Железной тетради» не опубликованы',
    'chart.progress.titleEmpty': '{place}: в «Железной тетради» нет семей',
    'chart.progress.lifted': 'Выведены: {value}',
    'chart.progress.liftedShare': 'Выведены: {value} ({share})',
    'chart.progress.registered': 'В реестре: {value}',
    'chart.progress.legendLifted': 'выведены из бедности',
    'chart.progress.legendRest': 'ещё в «Железной тетради»',
    'chart.progress.desc':
      'Столбчатая диаграмма. Вся полоса — семьи в «Железной тетради» ({registered}); закрашенная часть — выведенные из бедности ({lifted}).',
    'chart.progress.derivedSourced':
      'Доля {share} вычислена из показателей источника (выведенные ÷ в реестре); в самом источнике её нет.',
    'chart.progress.derived': 'Доля вычислена: выведенные ÷ в реестре.',
    'chart.progress.standing':
      '{place}: {rank}-е место из {n} среди махаллей ({parent}) по доле выведенных из бедности.',
    'chart.ranking.title':
      '{metric} ({place}): выше всего — {top} ({topValue}), ниже всего — {bottom} ({bottomValue})',
    'chart.ranking.titleOne': '{metric} ({place}): {top} ({topValue})',
    'chart.ranking.titleNone': '{metric} ({place}): нет опубликованных значений для сравнения',
    'chart.ranking.desc': 'Столбчатая диаграмма «{metric}» по территориям ({place}), всего {n}, по убыванию.',
    'chart.ranking.rank': 'Место',
    'chart.ranking.self': 'эта территория',
    'chart.standing.title': '{metric}: {place} — {rank}-е место из {n} ({value})',
    'chart.standing.titleNone': '{metric}: нет опубликованного значения для сравнения ({place})',
    'chart.standing.desc':
      'Столбчатая диаграмма «{metric}» по территориям, всего {n}, по убыванию; полоса «{place}» выделена.',
    'chart.trend.titleUp': '{metric}: рост с {first} ({from}) до {last} ({to})',
    'chart.trend.titleDown': '{metric}: снижение с {first} ({from}) до {last} ({to})',
    'chart.trend.titleSame': '{metric}: без изменений, {last} ({from} – {to})',
    'chart.trend.titleOne': '{metric}: {last} ({to})',
    'chart.trend.titleNone': '{metric}: нет опубликованных значений',
    'chart.trend.desc': 'Линейная диаграмма: {metrics}; {n} дат срезов, с {from} по {to}.',
    'chart.trend.legendRevised': 'позже пересмотрено (серая точка — прежнее значение)',
    'chart.trend.mixedNote':
      'Закрашенные точки на сплошных линиях — с источником; незакрашенные точки на пунктирных линиях — иллюстративные.',
    'chart.trend.gapNote': 'Разрыв линии означает, что в этом срезе нет значения; это не ноль.',
    'chart.trend.revisedNote':
      'Точка в кольце пересмотрена более поздним срезом; маленькая серая точка показывает первоначально опубликованное значение.',
    'chart.institutions.title':
      '{place}: школ — {schools}, дошкольных организаций — {preschools}, учреждений здравоохранения — {health}',
    'chart.institutions.desc':
      'Столбчатая диаграмма в три колонки — школы, дошкольные организации и учреждения здравоохранения на 10 000 жителей — по территориям ({place}), всего {n}; у каждой полосы подписаны показатель и число.',
    'chart.institutions.schools': 'Школы',
    'chart.institutions.preschools': 'Детсады',
    'chart.institutions.health': 'Медицина',
    'chart.institutions.howToRead':
      'Полосы: учреждения на 10 000 жителей, всё в одном масштабе; подписи: показатель на 10 000 (число).',
    'chart.institutions.upperBound':
      'Где население — нижняя граница («более …»), показатель на 10 000 жителей — верхняя граница (≤, отмечено ‹).',
    'chart.notebooks.iron': 'Железная тетрадь',
    'chart.notebooks.youth': 'Молодёжная тетрадь',
    'chart.notebooks.women': 'Женская тетрадь',
    'chart.notebooks.migrants': 'Трудовые мигранты',
    'chart.notebooks.title': '{place}, {date}: {list}',
    'chart.notebooks.desc':
      'Четыре маленькие линейные диаграммы, по одной на каждую «тетрадь», каждая в своём масштабе от нуля; {n} дат срезов, с {from} по {to}.',
  },
} as const;
