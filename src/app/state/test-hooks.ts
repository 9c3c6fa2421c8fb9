// `window.__sitrep`: read-only handles for browser tests (the map instance, counts). Tests assert on what a
// user sees; these only help them find things (e.g. where a dot is drawn).
export interface TestHooks {
  map?: unknown;
  total?: number;
  shown?: number;
  shownIds?: string[];
}

declare global {
  interface Window {
    __sitrep?: TestHooks;
  }
}

export function exposeForTests(values: TestHooks): void {
  window.__sitrep = { ...window.__sitrep, ...values };
}
