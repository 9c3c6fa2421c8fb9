// Builds the benchmark pages (bench/browser/) into bench/scratch/dist, apart from the app's build.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./browser'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: here('./scratch/dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { map: here('./browser/map.html'), gazetteer: here('./browser/gazetteer.html') } },
  },
});
