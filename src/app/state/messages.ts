// The interface's words in English and Arabic. Event vocabulary (types, statuses, precisions) is keyed by
// the schema's enums, so a new enum value fails type-checking here until it has a label in both languages.
import type { DatePrecision, EventStatus, EventType, Lang, PlacePrecision } from '../../schema/index.ts';

export interface Messages {
  title: string;
  /** "12 of 30 events shown" */
  shown: (n: number, total: number) => string;
  skipped: (n: number) => string;
  loadFailed: string;
  noEvents: string;
  windowFrom: string;
  windowTo: string;
  windowBand: string;
  exportGeoJson: string;
  exportCsv: string;
  exportPng: string;
  detailsTitle: string;
  close: string;
  date: string;
  dateOpen: string;
  status: string;
  place: string;
  confidence: string;
  actors: string;
  fatalities: string;
  sources: string;
  language: string;
  mapLabel: string;
  add: {
    button: string;
    title: string;
    text: string;
    published: string;
    outlet: string;
    extract: string;
    working: string;
    dropHint: string;
    close: string;
    added: (n: number, unresolved: number) => string;
    failed: string;
    /** A dropped file over the size limit: it is not read at all. */
    fileTooBig: (name: string, size: string, limit: string) => string;
    /** A pasted report over the size limit: it is not extracted. */
    textTooBig: (size: string, limit: string) => string;
    /** n features or lines refused; `first` lists the first few reasons. */
    refused: (n: number, first: string) => string;
    featureAt: (index: number) => string;
    lineAt: (index: number) => string;
  };
  list: { title: string; tab: (n: number) => string; empty: string; search: string };
  histogramLabel: string;
  filters: { title: string; types: string; statuses: string; actors: string; outlets: string };
  legend: {
    title: string;
    reportedDay: string;
    lessPrecise: string;
    claimed: string;
    notHappened: string;
    area: string;
    display: string;
    sizeByFatalities: string;
    heatmap: string;
  };
  play: {
    play: string;
    pause: string;
    back: string;
    forward: string;
    step: string;
    speed: string;
    mode: string;
    units: { day: string; week: string; month: string };
    modes: { moving: string; accumulate: string };
  };
  types: Record<EventType, string>;
  statuses: Record<EventStatus, string>;
  datePrecision: Record<DatePrecision, string>;
  placePrecision: Record<PlacePrecision, string>;
}

const en: Messages = {
  title: 'sitrep — reported events',
  shown: (n, total) => `${n} of ${total} events shown`,
  skipped: (n) => `${n} feature${n === 1 ? '' : 's'} in the events file skipped (not valid events)`,
  loadFailed: 'Could not load the events file',
  noEvents: 'No events loaded',
  windowFrom: 'Start of time window',
  windowTo: 'End of time window',
  windowBand: 'Drag to move the time window',
  exportGeoJson: 'Export GeoJSON',
  exportCsv: 'Export CSV',
  exportPng: 'Export PNG',
  detailsTitle: 'Event details',
  close: 'Close details',
  date: 'Date',
  dateOpen: 'undated',
  status: 'Status',
  place: 'Place',
  confidence: 'confidence',
  actors: 'Actors',
  fatalities: 'Killed',
  sources: 'Sources',
  language: 'العربية',
  mapLabel: 'Map of events',
  add: {
    button: 'Add a report',
    title: 'Add a report',
    text: 'Report text (Arabic or English)',
    published: 'Published',
    outlet: 'Outlet',
    extract: 'Extract events',
    working: 'Extracting…',
    dropHint: 'Or drop a .geojson or .ndjson file from sitrep ingest anywhere on the page.',
    close: 'Close the report form',
    added: (n, unresolved) =>
      `${n} event${n === 1 ? '' : 's'} added` + (unresolved ? `; ${unresolved} place${unresolved === 1 ? '' : 's'} not found` : ''),
    failed: 'Could not read that',
    fileTooBig: (name, size, limit) => `${name} was not read: it is ${size}, and the limit is ${limit}`,
    textTooBig: (size, limit) => `The text is ${size}; the limit is ${limit}. Paste one report at a time.`,
    refused: (n, first) => `${n} refused (not valid events): ${first}`,
    featureAt: (i) => `feature ${i}`,
    lineAt: (i) => `line ${i}`,
  },
  list: {
    title: 'Events in view',
    tab: (n) => `Events in view (${n})`,
    empty: 'No event in this window and view.',
    search: 'Search places, actors, text',
  },
  histogramLabel: 'Events over time, by type',
  filters: { title: 'Filters', types: 'Type', statuses: 'Status', actors: 'Actor', outlets: 'Outlet' },
  legend: {
    title: 'How sure, how precise',
    reportedDay: 'reported, dated to the day',
    lessPrecise: 'dated to a few days, a month or a year',
    claimed: 'claimed by one side',
    notHappened: 'denied, did not happen, or planned',
    area: 'placed only in a district, governorate or region (disc of about its size); the ring alone: only in a country',
    display: 'Display',
    sizeByFatalities: 'Size by number killed',
    heatmap: 'Heatmap instead of dots',
  },
  play: {
    play: 'Play',
    pause: 'Pause',
    back: 'Step back',
    forward: 'Step forward',
    step: 'Step',
    speed: 'Speed',
    mode: 'Window',
    units: { day: 'day', week: 'week', month: 'month' },
    modes: { moving: 'moving', accumulate: 'accumulate' },
  },
  types: {
    airstrike: 'Air strike',
    shelling: 'Shelling',
    ground_attack: 'Ground attack',
    clash: 'Clash',
    withdrawal: 'Withdrawal',
    capture: 'Capture',
    displacement: 'Displacement',
    casualties: 'Casualties',
    agreement: 'Agreement',
    statement: 'Statement',
    other: 'Other',
  },
  statuses: { reported: 'reported', claimed: 'claimed', denied: 'denied', negated: 'did not happen', planned: 'planned' },
  datePrecision: { day: 'day', days: 'a few days', month: 'month', year: 'year' },
  placePrecision: {
    point: 'exact point',
    town: 'town',
    district: 'district',
    governorate: 'governorate',
    region: 'region',
    country: 'country',
  },
};

const ar: Messages = {
  title: 'sitrep — الأحداث المُبلَّغ عنها',
  shown: (n, total) => `${n} من ${total} حدثًا معروضًا`,
  skipped: (n) => `تم تجاوز ${n} من عناصر ملف الأحداث (غير صالحة)`,
  loadFailed: 'تعذّر تحميل ملف الأحداث',
  noEvents: 'لا توجد أحداث',
  windowFrom: 'بداية الفترة الزمنية',
  windowTo: 'نهاية الفترة الزمنية',
  windowBand: 'اسحب لتحريك الفترة الزمنية',
  exportGeoJson: 'تصدير GeoJSON',
  exportCsv: 'تصدير CSV',
  exportPng: 'تصدير PNG',
  detailsTitle: 'تفاصيل الحدث',
  close: 'إغلاق التفاصيل',
  date: 'التاريخ',
  dateOpen: 'غير مؤرخ',
  status: 'الحالة',
  place: 'المكان',
  confidence: 'الثقة',
  actors: 'الأطراف',
  fatalities: 'القتلى',
  sources: 'المصادر',
  language: 'English',
  mapLabel: 'خريطة الأحداث',
  add: {
    button: 'إضافة تقرير',
    title: 'إضافة تقرير',
    text: 'نص التقرير (بالعربية أو الإنجليزية)',
    published: 'تاريخ النشر',
    outlet: 'المصدر',
    extract: 'استخراج الأحداث',
    working: 'جارٍ الاستخراج…',
    dropHint: 'أو أفلت ملف ‎.geojson‎ أو ‎.ndjson‎ من sitrep ingest في أي مكان من الصفحة.',
    close: 'إغلاق نموذج التقرير',
    added: (n, unresolved) => `أُضيف ${n} من الأحداث` + (unresolved ? `؛ ${unresolved} من الأماكن لم يُعثر عليها` : ''),
    failed: 'تعذّرت قراءة ذلك',
    fileTooBig: (name, size, limit) => `لم يُقرأ الملف ${name}: حجمه ${size} والحد الأقصى ${limit}`,
    textTooBig: (size, limit) => `حجم النص ${size} والحد الأقصى ${limit}. الصق تقريرًا واحدًا في كل مرة.`,
    refused: (n, first) => `رُفض ${n} (ليست أحداثًا صالحة): ${first}`,
    featureAt: (i) => `العنصر ${i}`,
    lineAt: (i) => `السطر ${i}`,
  },
  list: {
    title: 'الأحداث في العرض',
    tab: (n) => `الأحداث في العرض (${n})`,
    empty: 'لا أحداث في هذه الفترة وهذا العرض.',
    search: 'ابحث في الأماكن والأطراف والنص',
  },
  histogramLabel: 'الأحداث عبر الزمن حسب النوع',
  filters: { title: 'التصفية', types: 'النوع', statuses: 'الحالة', actors: 'الطرف', outlets: 'المصدر' },
  legend: {
    title: 'درجة اليقين والدقة',
    reportedDay: 'مُبلَّغ عنه، بتاريخ يوم محدد',
    lessPrecise: 'بتاريخ بضعة أيام أو شهر أو سنة',
    claimed: 'ادعاء من أحد الأطراف',
    notHappened: 'منفي أو لم يحدث أو مُخطَّط',
    area: 'مكانه منطقة أو محافظة أو إقليم فقط (دائرة بحجمها تقريبًا)؛ الحلقة وحدها: دولة فقط',
    display: 'العرض',
    sizeByFatalities: 'الحجم حسب عدد القتلى',
    heatmap: 'خريطة حرارية بدل النقاط',
  },
  play: {
    play: 'تشغيل',
    pause: 'إيقاف مؤقت',
    back: 'خطوة للخلف',
    forward: 'خطوة للأمام',
    step: 'الخطوة',
    speed: 'السرعة',
    mode: 'الفترة',
    units: { day: 'يوم', week: 'أسبوع', month: 'شهر' },
    modes: { moving: 'متحركة', accumulate: 'تراكمية' },
  },
  types: {
    airstrike: 'غارة جوية',
    shelling: 'قصف',
    ground_attack: 'هجوم بري',
    clash: 'اشتباك',
    withdrawal: 'انسحاب',
    capture: 'سيطرة',
    displacement: 'نزوح',
    casualties: 'ضحايا',
    agreement: 'اتفاق',
    statement: 'تصريح',
    other: 'أخرى',
  },
  statuses: { reported: 'مُبلَّغ عنه', claimed: 'ادعاء', denied: 'نفي', negated: 'لم يحدث', planned: 'مُخطَّط' },
  datePrecision: { day: 'يوم', days: 'بضعة أيام', month: 'شهر', year: 'سنة' },
  placePrecision: {
    point: 'نقطة محددة',
    town: 'بلدة',
    district: 'منطقة',
    governorate: 'محافظة',
    region: 'إقليم',
    country: 'دولة',
  },
};

export const MESSAGES: Record<Lang, Messages> = { en, ar };
