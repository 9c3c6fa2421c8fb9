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
