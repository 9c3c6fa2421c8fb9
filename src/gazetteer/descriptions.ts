// Descriptions that name a place without its name: «العاصمة الأردنية» is Amman, "the Syrian capital" Damascus;
// landmarks stand for the city they are in («قصر الإليزيه» → Paris). Each maps to a gazetteer name and country.

export interface Description {
  /** The phrase as written (normalized and matched like a name). */
  phrase: string;
  /** The gazetteer name it stands for, and the ISO country code that picks the right homonym. */
  name: string;
  country: string;
}

const CAPITALS: [string[], string, string][] = [
  [['السورية', 'Syrian'], 'دمشق', 'SY'],
  [['الأردنية', 'Jordanian'], 'عمان', 'JO'],
  [['اللبنانية', 'Lebanese'], 'بيروت', 'LB'],
  [['العراقية', 'Iraqi'], 'بغداد', 'IQ'],
  [['التركية', 'Turkish'], 'أنقرة', 'TR'],
  [['الإيرانية', 'Iranian'], 'طهران', 'IR'],
  [['الروسية', 'Russian'], 'موسكو', 'RU'],
  [['الأميركية', 'الأمريكية', 'American', 'US'], 'واشنطن', 'US'],
  [['الفرنسية', 'French'], 'باريس', 'FR'],
  [['البريطانية', 'British'], 'لندن', 'GB'],
  [['الألمانية', 'German'], 'برلين', 'DE'],
  [['المصرية', 'Egyptian'], 'القاهرة', 'EG'],
  [['السعودية', 'Saudi'], 'الرياض', 'SA'],
  [['القطرية', 'Qatari'], 'الدوحة', 'QA'],
  [['الكازاخية', 'الكازاخستانية', 'Kazakh'], 'أستانا', 'KZ'],
  [['السويسرية', 'Swiss'], 'برن', 'CH'],
];

function capitals(): Description[] {
  const out: Description[] = [];
  for (const [adjectives, name, country] of CAPITALS) {
    for (const adj of adjectives) {
      if (/[a-z]/i.test(adj)) out.push({ phrase: `${adj} capital`, name, country });
      else out.push({ phrase: `العاصمة ${adj}`, name, country });
    }
  }
  return out;
}

export const DESCRIPTIONS: Description[] = [
  ...capitals(),
  { phrase: 'قصر الإليزيه', name: 'باريس', country: 'FR' },
  { phrase: 'Elysee Palace', name: 'باريس', country: 'FR' },
];
