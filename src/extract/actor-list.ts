// Who acts in the war, with the names reports give them. A table, not code: add a row or a phrase and
// extraction finds it. `air` marks forces that strike from the air, which tells a bare «قصف» (bombardment)
// by them apart from artillery shelling.

export interface ActorEntry {
  id: string;
  /** Display name, English. */
  name: string;
  air?: boolean;
  /** Has no aircraft: a bombardment it carries out is shelling. */
  groundOnly?: boolean;
  /** Civilians are the people harmed, never the side that acts. */
  civilian?: boolean;
  phrases: string[];
}

export const ACTORS: ActorEntry[] = [
  {
    id: 'isis', groundOnly: true,
    name: 'Islamic State (ISIS)',
    phrases: ['داعش', 'تنظيم داعش', 'تنظيم الدوله', 'الدوله الاسلاميه', 'تنظيم الدوله الاسلاميه', 'داعشيه', 'الجهاديين',
      'الجهاديون', 'isis', 'isil', 'islamic state', 'daesh', 'is militants', 'jihadists'],
  },
  {
    id: 'syrian_army',
    name: 'Syrian Arab Army (government forces)',
    phrases: ['الجيش السوري', 'الجيش العربي السوري', 'قوات النظام', 'قوات النظام السوري', 'القوات الحكوميه',
      'القوات الحكوميه السوريه', 'الجيشين السوري', 'قوات الاسد', 'قوات بشار الاسد', 'الجيش', 'syrian army',
      'syrian arab army', 'government forces', 'regime forces', 'pro-government forces', 'assad forces'],
  },
  {
    id: 'syrian_air',
    name: 'Syrian Air Force',
    air: true,
    phrases: ['الطيران السوري', 'الطيران الحربي السوري', 'طيران النظام', 'الطائرات السوريه', 'syrian air force',
      'syrian jets', 'regime aircraft', 'government aircraft'],
  },
  {
    id: 'sdf', groundOnly: true,
    name: 'Syrian Democratic Forces (SDF)',
    phrases: ['قسد', 'قوات سوريا الديمقراطيه', 'قوات سوريه الديمقراطيه', 'قوات سوريا الديموقراطيه', 'سوريا الديمقراطيه',
      'سوريا الديموقراطيه', 'قوات سوريه الديموقراطيه', 'sdf', 'syrian democratic forces'],
  },
  {
    id: 'ypg', groundOnly: true,
    name: "People's Protection Units (YPG)",
    phrases: ['وحدات حمايه الشعب', 'وحدات حمايه الشعب الكرديه', 'الوحدات الكرديه', 'القوات الكرديه', 'ypg',
      "people's protection units", 'kurdish forces', 'kurdish fighters'],
  },
  {
    id: 'russia_air',
    name: 'Russian Air Force',
    air: true,
    phrases: ['الطائرات الروسيه', 'الطيران الروسي', 'الطيران الحربي الروسي', 'القوات الجويه الفضائيه الروسيه',
      'القوات الجويه الروسيه', 'الطائرات الحربيه الروسيه', 'الطائرات المقاتله الروسيه', 'طائرات روسيه', 'المقاتلات الروسيه',
      'الغارات الروسيه', 'الضربات الجويه الروسيه', 'russian air force', 'russian jets', 'russian warplanes',
      'russian aircraft', 'russian airstrikes'],
  },
  {
    id: 'russia',
    name: 'Russia',
    phrases: ['روسيا', 'موسكو', 'وزاره الدفاع الروسيه', 'الدفاع الروسيه', 'القوات الروسيه', 'الكرملين', 'russia',
      'moscow', 'russian forces', 'russian defence ministry', 'russian defense ministry', 'kremlin'],
  },
  {
    id: 'coalition',
    name: 'US-led coalition',
    air: true,
    phrases: ['التحالف الدولي', 'التحالف', 'طائرات التحالف', 'طيران التحالف', 'التحالف الامريكي', 'التحالف الاميركي',
      'التحالف الدولي بقياده اميركيه', 'coalition', 'us-led coalition', 'coalition jets', 'coalition aircraft'],
  },
  {
    id: 'us',
    name: 'United States',
    phrases: ['الولايات المتحده', 'واشنطن', 'القوات الاميركيه', 'القوات الامريكيه', 'البنتاغون', 'united states',
      'washington', 'us forces', 'u.s. forces', 'pentagon', 'american forces'],
  },
  {
    id: 'turkey',
    name: 'Turkey',
    phrases: ['تركيا', 'انقره', 'الجيش التركي', 'القوات التركيه', 'turkey', 'ankara', 'turkish army', 'turkish forces'],
  },
  {
    id: 'turkey_air',
    name: 'Turkish Air Force',
    air: true,
    phrases: ['الطيران التركي', 'الطائرات التركيه', 'turkish jets', 'turkish warplanes', 'turkish aircraft'],
  },
  {
    id: 'iran',
    name: 'Iran',
    phrases: ['ايران', 'طهران', 'القوات الايرانيه', 'الحرس الثوري', 'iran', 'tehran', 'iranian forces', 'irgc'],
  },
  {
    id: 'hezbollah', groundOnly: true,
    name: 'Hezbollah',
    phrases: ['حزب الله', 'hezbollah', 'hizbollah'],
  },
  {
    id: 'fsa', groundOnly: true,
    name: 'Free Syrian Army (FSA)',
    phrases: ['الجيش الحر', 'الجيش السوري الحر', 'fsa', 'free syrian army'],
  },
  {
    id: 'opposition', groundOnly: true,
    name: 'Syrian armed opposition',
    phrases: ['المعارضه المسلحه', 'فصائل المعارضه', 'المعارضه السوريه', 'الفصائل المسلحه', 'المتمردين', 'المسلحين',
      'rebels', 'opposition fighters', 'armed opposition', 'insurgents'],
  },
  {
    id: 'hts', groundOnly: true,
    name: "Hay'at Tahrir al-Sham / Nusra Front",
    phrases: ['جبهه النصره', 'النصره', 'هيئه تحرير الشام', 'جبهه فتح الشام', 'nusra front', 'al-nusra', 'nusra',
      "hay'at tahrir al-sham", 'hts', 'jabhat al-nusra', 'fateh al-sham'],
  },
  {
    id: 'france',
    name: 'France',
    phrases: ['فرنسا', 'باريس', 'france', 'paris'],
  },
  {
    id: 'civilians',
    name: 'Civilians',
    civilian: true,
    phrases: ['المدنيين', 'مدنيين', 'مدنيا', 'مدنيون', 'المدنيون', 'السكان', 'الاهالي', 'العائلات', 'اطفال', 'الاطفال',
      'civilians', 'civilian', 'residents', 'families', 'children'],
  },
];
