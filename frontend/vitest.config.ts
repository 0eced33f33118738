import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'],
      setupFiles: ['tests/setup.ts'],
      mockReset: true,
      testTimeout: 20000,
    },
  }),
)
