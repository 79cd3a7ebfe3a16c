// The server build of the popover's first view (renderer/ssr/popover-ssr.ts) for the browser
// preview host, beside the client build and never served: dist/renderer-ssr/popover-ssr.js.
// Same Svelte plugin as the client build, so the scoped class names match when it hydrates.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [svelte()],
  publicDir: false,
  build: {
    ssr: fileURLToPath(new URL('./ssr/popover-ssr.ts', import.meta.url)),
    outDir: fileURLToPath(new URL('../dist/renderer-ssr', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'popover-ssr.js' } },
  },
});
