import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import { writeFileSync } from 'node:fs'
import vue from '@vitejs/plugin-vue'

// Wails serves the built files from frontend/dist (embedded in the Go binary), so the build
// is plain static assets with relative paths.
export default defineConfig({
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  base: './',
  plugins: [
    vue(),
    // emptyOutDir wipes dist/; put back the committed placeholder Go's //go:embed needs.
    { name: 'clave-keep-gitkeep', apply: 'build', closeBundle: () => writeFileSync('dist/.gitkeep', '') },
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
})
