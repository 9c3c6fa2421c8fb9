// The data model in one place: every type in sitrep is z.infer of a schema here.
export * from './common.ts';
export * from './days.ts';
export * from './report.ts';
export * from './gazetteer.ts';
export * from './mention.ts';
export * from './event.ts';
export * from './problems.ts';
