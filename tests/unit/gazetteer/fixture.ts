// A small hand-written gazetteer for testing the index and the scanner without the compiled file.
// Coordinates are the places' approximate real positions.
import type { GazetteerEntry } from '../../../src/schema/index.ts';

const place = (
  id: string,
  ar: string[],
  en: string[],
  kind: GazetteerEntry['kind'],
  coordinates: [number, number],
  admin1: string | null,
  admin2: string | null = null,
  country = 'SY',
  population?: number,
): GazetteerEntry => ({
  id,
  names: { ar, en },
  kind,
  coordinates,
  country,
  admin1,
  admin2,
  ...(population ? { population } : {}),
  sources: { test: 'hand-written fixture' },
});

export const FIXTURE: GazetteerEntry[] = [
  place('raqqa', ['الرقة'], ['Raqqa', 'Ar-Raqqah'], 'city', [39.01, 35.95], 'Ar-Raqqa', 'Ar-Raqqa'),
  place('raqqa-gov', ['الرقة', 'محافظة الرقة'], ['Ar-Raqqa'], 'governorate', [38.92, 36.02], 'Ar-Raqqa', null, 'SY', 850000),
  place('tabqa', ['الطبقة', 'الثورة'], ['Tabqa', 'Ath Thawrah'], 'town', [38.54, 35.83], 'Ar-Raqqa', 'Ath-Thawrah'),
  place('tabqa-hasakeh', ['الطبقة'], ['Tabaqa'], 'village', [42.13, 37.05], 'Al-Hasakeh', 'Al-Malikeyyeh'),
  place('tabqa-airbase', ['مطار الطبقة العسكري', 'مطار الطبقة'], ['Tabqa airbase'], 'airbase', [38.57, 35.75], 'Ar-Raqqa'),
  place('deir-ez-zor', ['دير الزور'], ['Deir ez-Zor', 'Dayr az Zawr'], 'city', [40.14, 35.33], 'Deir-ez-Zor', 'Deir-ez-Zor'),
  place('tal-abyad', ['تل أبيض', 'كري سبي'], ['Tal Abyad', 'Girê Spî'], 'town', [38.95, 36.69], 'Ar-Raqqa', 'Tell Abiad'),
  place('ain-issa', ['عين عيسى'], ['Ain Issa'], 'town', [38.86, 36.38], 'Ar-Raqqa', 'Tell Abiad'),
  place('hisha', ['هيشة'], ['Hisheh'], 'village', [39.02, 36.35], 'Ar-Raqqa', 'Tell Abiad'),
  place('aleppo', ['حلب'], ['Aleppo'], 'city', [37.15, 36.2], 'Aleppo', 'Jebel Saman'),
  place('aleppo-gov', ['حلب'], ['Aleppo'], 'governorate', [37.4, 36.15], 'Aleppo'),
  place('syria', ['سوريا', 'سورية'], ['Syria'], 'country', [38.5, 35.0], null, null, 'SY'),
  place('russia', ['روسيا'], ['Russia'], 'country', [90, 61], null, null, 'RU'),
  place('damascus', ['دمشق'], ['Damascus'], 'city', [36.28, 33.51], 'Damascus', 'Damascus'),
  place('amman', ['عمان'], ['Amman'], 'city', [35.93, 31.95], null, null, 'JO', 1060000),
  place('oman', ['عمان', 'سلطنة عمان'], ['Oman'], 'country', [57, 21], null, null, 'OM'),
  place('t4', ['مطار التيفور'], ['T4', 'Tiyas'], 'airbase', [37.63, 34.52], 'Homs'),
  place('jazira', ['الجزيرة'], ['Jazira'], 'region', [41.0, 36.6], 'Al-Hasakeh'),
  place('ali-village', ['على'], ['Ali'], 'village', [40.0, 35.0], 'Deir-ez-Zor'),
  place('habit', ['الهبيط'], ['Hbit'], 'village', [36.54, 35.44], 'Idleb'),
  place('hbeit', ['حبيت'], ['Hbeit'], 'village', [36.02, 35.56], 'Lattakia'),
  place('idlib-gov', ['إدلب'], ['Idlib'], 'governorate', [36.6, 35.8], 'Idleb'),
  place('maarat', ['معرة النعمان'], ['Maarat al-Numan'], 'town', [36.67, 35.65], 'Idleb'),
];
