import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The app is built into apps/web/dist and served by the API process (apps/api/src/web/web-app.ts).
// JSX is compiled with React's automatic runtime; no dev-server plugins are needed for a build.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    manifest: true,
    emptyOutDir: true,
    // Leave the size judgement to `npm run web:size` (initial JS, gzip), which the ADR reports.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // antd marks its modules "use client" for React Server Components; meaningless in a plain SPA.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
