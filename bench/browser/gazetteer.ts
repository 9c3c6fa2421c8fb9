// Benchmark page: load the gazetteer in a worker, as the app's paste-a-report feature would.
// Reports fetch, JSON.parse and createGazetteer times; JSON.parse alone is the baseline.
export interface GazetteerTiming {
  fetchMs: number;
  parseMs: number;
  buildMs: number;
  totalMs: number;
  entries: number;
}

declare global {
  interface Window {
    __gazetteer?: Promise<GazetteerTiming>;
  }
}

const worker = new Worker(new URL('./gazetteer-worker.ts', import.meta.url), { type: 'module' });
window.__gazetteer = new Promise((resolve, reject) => {
  worker.onmessage = (e: MessageEvent<GazetteerTiming | { error: string }>) =>
    'error' in e.data ? reject(new Error(e.data.error)) : resolve(e.data);
  worker.onerror = (e) => reject(new Error(e.message));
  worker.postMessage(new URLSearchParams(location.search).get('url') ?? 'gazetteer.json');
});
