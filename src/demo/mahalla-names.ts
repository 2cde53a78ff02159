/**
 * Common Uzbek mahalla names, in Uzbek Latin with ʻ (U+02BB) and ʼ (U+02BC).
 * Illustrative mahallas are named from this list; the other forms of each name are
 * transliterated at load time. "Qaynar" is deliberately absent: it is the one real
 * mahalla of the dataset.
 */
export const MAHALLA_NAMES: readonly string[] = [
  'Navbahor', 'Guliston', 'Bogʻbon', 'Mustaqillik', 'Tinchlik', 'Doʻstlik', 'Yangiobod',
  'Bunyodkor', 'Istiqlol', 'Navroʻz', 'Paxtakor', 'Bogʻishamol', 'Chinor', 'Sharq',
  'Mehnat', 'Yangi hayot', 'Bahor', 'Olmazor', 'Marhamat', 'Kamolot', 'Mevazor', 'Obod',
  'Nurafshon', 'Ittifoq', 'Oltin vodiy', 'Taraqqiyot', 'Gulbahor', 'Qoʻrgʻoncha', 'Yoshlik',
  'Birlik', 'Mingtut', 'Tolzor', 'Gulzor', 'Uzumzor', 'Anorzor', 'Yangi qishloq', 'Oqtepa',
  'Qoratepa', 'Koʻktepa', 'Oqariq', 'Yangiariq', 'Jiydali', 'Tutzor', 'Ahillik', 'Hamkorlik',
  'Barkamol', 'Farovon', 'Saodat', 'Shodlik', 'Umid', 'Orzu', 'Ziyo', 'Maʼrifat',
  'Maʼnaviyat', 'Mashʼal', 'Sanʼat', 'Nurli yoʻl', 'Yangi yoʻl', 'Sohil', 'Buloqboshi',
  'Chashma', 'Zilol', 'Oltinkoʻl', 'Koʻkcha', 'Ipakchi', 'Qoraqamish', 'Navoiy', 'Bobur',
  'Ulugʻbek', 'Amir Temur', 'Alpomish', 'Toʻmaris', 'Muqimiy', 'Ogahiy', 'Nodirabegim',
  'Zarafshon', 'Oʻrikzor', 'Bodomzor', 'Yongʻoqli', 'Beshterak', 'Uchtut', 'Qoʻshariq',
  'Chorbogʻ', 'Gulshan', 'Lolazor', 'Nilufar', 'Sarbon', 'Dehqonobod', 'Bogʻiston',
  'Yangi zamon', 'Mustahkam', 'Ezgulik', 'Mehribon', 'Adolat', 'Fayzobod', 'Gʻalaba',
  'Oq oltin', 'Yulduz', 'Quyoshli', 'Qadriyat', 'Oydin', 'Tongotar',
];
