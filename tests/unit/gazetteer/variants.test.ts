// Spelling variants found in real news — Arabic, English transliterations, Kurdish, misspellings — each looked up
// in the compiled gazetteer must land on the right place. Expected points are the places' real positions
// (rounded), not read from the gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/gazetteer/distance.ts';
import type { Gazetteer } from '../../../src/gazetteer/load.ts';
import { lookup } from '../../../src/gazetteer/lookup.ts';
import { loadGazetteerFile } from '../../../src/ingest/gazetteer-file.ts';

const AT: Record<string, [number, number]> = {
  Raqqa: [39.01, 35.95],
  DeirEzZor: [40.14, 35.33],
  Tabqa: [38.55, 35.84],
  Kobani: [38.36, 36.89],
  TalAbyad: [38.95, 36.7],
  RasAlAin: [40.07, 36.85],
  Qamishli: [41.23, 37.05],
  Hasakah: [40.75, 36.5],
  Aleppo: [37.16, 36.2],
  Idlib: [36.63, 35.93],
  Hama: [36.75, 35.13],
  Homs: [36.72, 34.73],
  Damascus: [36.29, 33.51],
  Daraa: [36.1, 32.62],
  Quneitra: [35.82, 33.13],
  Latakia: [35.79, 35.52],
  Tartus: [35.89, 34.89],
  Suwayda: [36.57, 32.71],
  Manbij: [37.95, 36.53],
  Jarabulus: [38.01, 36.82],
  AlBab: [37.52, 36.37],
  Afrin: [36.87, 36.51],
  Azaz: [37.05, 36.59],
  Palmyra: [38.27, 34.56],
  Sukhnah: [38.87, 34.88],
  AbuKamal: [40.92, 34.45],
  Mayadin: [40.45, 35.02],
  Douma: [36.4, 33.57],
  Darayya: [36.24, 33.46],
  KhanShaykhun: [36.65, 35.44],
  Saraqib: [36.8, 35.86],
  MaaratAlNuman: [36.67, 35.65],
  JisrAlShughur: [36.32, 35.81],
  Kafranbel: [36.56, 35.61],
  Rastan: [36.73, 34.92],
  Qusayr: [36.58, 34.51],
  Yabroud: [36.66, 33.97],
  T4: [37.63, 34.52],
  Shayrat: [36.91, 34.49],
  Hmeimim: [35.95, 35.41],
  TellTamer: [40.37, 36.65],
  Shaddadi: [40.74, 36.05],
  AlHol: [41.15, 36.39],
  AinIssa: [38.86, 36.38],
  EasternGhouta: [36.4, 33.55],
  Amman: [35.93, 31.95],
  Grozny: [45.69, 43.32],
  Moscow: [37.62, 55.75],
};

const VARIANTS: [string, keyof typeof AT][] = [
  ['الرقة', 'Raqqa'], ['الرقه', 'Raqqa'], ['الرَّقَّة', 'Raqqa'], ['Raqqa', 'Raqqa'], ['Raqa', 'Raqqa'], ['Ar-Raqqah', 'Raqqa'],
  ['Rakka', 'Raqqa'], ['al-Raqqa', 'Raqqa'],
  ['دير الزور', 'DeirEzZor'], ['ديرالزور', 'DeirEzZor'], ['دير الـزور', 'DeirEzZor'], ['Deir ez-Zor', 'DeirEzZor'],
  ['Deir Ezzor', 'DeirEzZor'], ['Dayr az Zawr', 'DeirEzZor'], ['Deir al-Zour', 'DeirEzZor'], ['Deir Azzour', 'DeirEzZor'],
  ['الطبقة', 'Tabqa'], ['الثورة', 'Tabqa'], ['Tabqa', 'Tabqa'], ['Ath Thawrah', 'Tabqa'], ['Tabqah', 'Tabqa'],
  ['عين العرب', 'Kobani'], ['كوباني', 'Kobani'], ['Kobani', 'Kobani'], ['Kobane', 'Kobani'], ['Kobanî', 'Kobani'], ['Ayn al-Arab', 'Kobani'],
  ['تل أبيض', 'TalAbyad'], ['تل ابيض', 'TalAbyad'], ['كري سبي', 'TalAbyad'], ['Girê Spî', 'TalAbyad'], ['Tell Abyad', 'TalAbyad'], ['Tal Abiad', 'TalAbyad'],
  ['رأس العين', 'RasAlAin'], ['راس العين', 'RasAlAin'], ['سري كانيه', 'RasAlAin'], ['Ras al-Ain', 'RasAlAin'], ['Ras al-Ayn', 'RasAlAin'], ['Serekaniye', 'RasAlAin'],
  ['القامشلي', 'Qamishli'], ['قامشلو', 'Qamishli'], ['Qamishli', 'Qamishli'], ['Qamishlo', 'Qamishli'], ['Kamishli', 'Qamishli'],
  ['الحسكة', 'Hasakah'], ['الحسكه', 'Hasakah'], ['Hasakah', 'Hasakah'], ['Al-Hasakeh', 'Hasakah'], ['Hassakeh', 'Hasakah'],
  ['حلب', 'Aleppo'], ['Aleppo', 'Aleppo'], ['Halab', 'Aleppo'],
  ['إدلب', 'Idlib'], ['ادلب', 'Idlib'], ['Idlib', 'Idlib'], ['Idleb', 'Idlib'],
  ['حماة', 'Hama'], ['حماه', 'Hama'], ['Hama', 'Hama'], ['Hamah', 'Hama'],
  ['حمص', 'Homs'], ['Homs', 'Homs'], ['Hims', 'Homs'],
  ['دمشق', 'Damascus'], ['Damascus', 'Damascus'], ['Dimashq', 'Damascus'],
  ['درعا', 'Daraa'], ['Daraa', 'Daraa'], ['Deraa', 'Daraa'], ["Dar'a", 'Daraa'],
  ['القنيطرة', 'Quneitra'], ['Quneitra', 'Quneitra'], ['Kuneitra', 'Quneitra'],
  ['اللاذقية', 'Latakia'], ['Latakia', 'Latakia'], ['Lattakia', 'Latakia'], ['Al-Ladhiqiyah', 'Latakia'],
  ['طرطوس', 'Tartus'], ['Tartus', 'Tartus'], ['Tartous', 'Tartus'],
  ['السويداء', 'Suwayda'], ['Suwayda', 'Suwayda'], ['As-Suwayda', 'Suwayda'], ['Sweida', 'Suwayda'],
  ['منبج', 'Manbij'], ['Manbij', 'Manbij'], ['Menbij', 'Manbij'], ['Minbij', 'Manbij'],
  ['جرابلس', 'Jarabulus'], ['Jarabulus', 'Jarabulus'], ['Jarablus', 'Jarabulus'],
  ['الباب', 'AlBab'], ['al-Bab', 'AlBab'], ['Al Bab', 'AlBab'],
  ['عفرين', 'Afrin'], ['Afrin', 'Afrin'],
  ['اعزاز', 'Azaz'], ['أعزاز', 'Azaz'], ['Azaz', 'Azaz'], ["A'zaz", 'Azaz'],
  ['تدمر', 'Palmyra'], ['Palmyra', 'Palmyra'], ['Tadmur', 'Palmyra'], ['Tadmor', 'Palmyra'],
  ['السخنة', 'Sukhnah'], ['Sukhnah', 'Sukhnah'], ['al-Sukhna', 'Sukhnah'],
  ['البوكمال', 'AbuKamal'], ['أبو كمال', 'AbuKamal'], ['Abu Kamal', 'AbuKamal'],
  ['الميادين', 'Mayadin'], ['Mayadin', 'Mayadin'], ['Al-Mayadeen', 'Mayadin'],
  ['دوما', 'Douma'], ['Douma', 'Douma'], ['Duma', 'Douma'],
  ['داريا', 'Darayya'], ['Darayya', 'Darayya'], ['Daraya', 'Darayya'],
  ['خان شيخون', 'KhanShaykhun'], ['Khan Shaykhun', 'KhanShaykhun'], ['Khan Sheikhoun', 'KhanShaykhun'],
  ['سراقب', 'Saraqib'], ['Saraqib', 'Saraqib'], ['Saraqeb', 'Saraqib'],
  ['معرة النعمان', 'MaaratAlNuman'], ['Maarat al-Numan', 'MaaratAlNuman'], ["Ma'arrat al-Nu'man", 'MaaratAlNuman'], ['Maarrat an-Numan', 'MaaratAlNuman'],
  ['جسر الشغور', 'JisrAlShughur'], ['Jisr al-Shughur', 'JisrAlShughur'], ['Jisr ash-Shughur', 'JisrAlShughur'],
  ['كفرنبل', 'Kafranbel'], ['كفر نبل', 'Kafranbel'], ['Kafranbel', 'Kafranbel'], ['Kafr Nabl', 'Kafranbel'],
  ['الرستن', 'Rastan'], ['Rastan', 'Rastan'],
  ['القصير', 'Qusayr'], ['Qusayr', 'Qusayr'], ['al-Qusair', 'Qusayr'],
  ['يبرود', 'Yabroud'], ['Yabroud', 'Yabroud'], ['Yabrud', 'Yabroud'],
  ['مطار التيفور', 'T4'], ['التيفور', 'T4'], ['T4', 'T4'], ['T-4', 'T4'], ['t4', 'T4'],
  ['مطار الشعيرات', 'Shayrat'], ['Shayrat airbase', 'Shayrat'],
  ['حميميم', 'Hmeimim'], ['Hmeimim', 'Hmeimim'], ['Khmeimim', 'Hmeimim'], ['قاعدة حميميم', 'Hmeimim'],
  ['تل تمر', 'TellTamer'], ['Tell Tamer', 'TellTamer'], ['Tal Tamr', 'TellTamer'],
  ['الشدادي', 'Shaddadi'], ['Shaddadi', 'Shaddadi'], ['Al-Shaddadah', 'Shaddadi'],
  ['الهول', 'AlHol'], ['al-Hol', 'AlHol'], ['Al-Hawl', 'AlHol'],
  ['عين عيسى', 'AinIssa'], ['Ain Issa', 'AinIssa'], ['Ayn Issa', 'AinIssa'], ['Ein Issa', 'AinIssa'],
  ['الغوطة الشرقية', 'EasternGhouta'], ['Eastern Ghouta', 'EasternGhouta'], ['East Ghouta', 'EasternGhouta'],
  ['عمان', 'Amman'], ['Amman', 'Amman'],
  ['غروزني', 'Grozny'], ['Grozny', 'Grozny'],
  ['موسكو', 'Moscow'], ['Moscow', 'Moscow'],
];

/** A city's listed point may sit a few km from another source's; regions are wider. */
const TOL_KM = 10;

let gaz: Gazetteer;
// Building the index takes seconds; on a loaded machine more than the default hook timeout.
beforeAll(async () => {
  gaz = await loadGazetteerFile();
}, 120_000);

describe('spelling variants resolve to the right place', () => {
  it('has a table of at least 80 variants', () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(80);
  });
  it.each(VARIANTS)('%s → %s', (spelling, place) => {
    const [top] = lookup(gaz, spelling);
    expect(top, `nothing found for ${spelling}`).toBeDefined();
    expect(distanceKm(top!.coordinates, AT[place]!)).toBeLessThan(TOL_KM);
  });
});
