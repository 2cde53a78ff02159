/** UI strings of shared images: chart PNG downloads (drawn in the browser) and link preview (Open Graph) cards, in the four locales. */
export const shareStrings = {
  en: {
    'png.width': '{width} px',
    'png.failed': 'The PNG could not be drawn: download the SVG',
    'og.figure': '{lifted} of {registered} Iron Notebook families lifted out of poverty',
    'og.noFigures': 'No Iron Notebook figures published yet',
    'og.date': 'Figures as of {date}',
    'og.illustrative': 'Illustrative figures: generated for the demonstration, not real',
    'og.source': 'Source: {publisher}',
  },
  uz: {
    'png.width': '{width} piksel',
    'png.failed': 'PNG chizilmadi: SVG faylini yuklab oling',
    'og.figure': '“Temir daftar”dagi {registered} oiladan {lifted} tasi kambagʻallikdan chiqarildi',
    'og.noFigures': '“Temir daftar” koʻrsatkichlari hali eʼlon qilinmagan',
    'og.date': '{date} holatiga koʻra',
    'og.illustrative': 'Namoyish uchun yaratilgan koʻrsatkichlar, haqiqiy emas',
    'og.source': 'Manba: {publisher}',
  },
  'uz-Cyrl': {
    'png.width': '{width} пиксел',
    'png.failed': 'PNG чизилмади: SVG файлини юклаб олинг',
    'og.figure': '«Темир дафтар»даги {registered} оиладан {lifted} таси камбағалликдан чиқарилди',
    'og.noFigures': '«Темир дафтар» кўрсаткичлари ҳали эълон қилинмаган',
    'og.date': '{date} ҳолатига кўра',
    'og.illustrative': 'Намойиш учун яратилган кўрсаткичлар, ҳақиқий эмас',
    'og.source': 'Манба: {publisher}',
  },
  ru: {
    'png.width': '{width} пикс.',
    'png.failed': 'Не удалось нарисовать PNG: скачайте SVG',
    'og.figure': '{lifted} из {registered} семей «Железной тетради» выведены из бедности',
    'og.noFigures': 'Показатели «Железной тетради» пока не опубликованы',
    'og.date': 'Данные на {date}',
    'og.illustrative': 'Иллюстративные показатели: сгенерированы для демонстрации, не реальные',
    'og.source': 'Источник: {publisher}',
  },
} as const;
