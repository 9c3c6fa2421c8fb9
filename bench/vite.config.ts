// Builds the benchmark pages (bench/browser/) into bench/work/dist, apart from the app's build.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./browser'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: here('./work/dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { map: here('./browser/map.html'), gazetteer: here('./browser/gazetteer.html') } },
  },
});
