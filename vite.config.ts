/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // An update is offered in the app, never applied behind the user's back.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Vuosikello – hyvinvoinnin vuosikello',
        short_name: 'Vuosikello',
        lang: 'fi',
        theme_color: '#1d4e89',
        background_color: '#f3f5f8',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        // The sync API and the server's own routes are never answered from the cache.
        navigateFallbackDenylist: [/^\/sync\//, /^\/api\//],
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks a lazily loaded view needs, so the first screen's
    // JavaScript can be measured whole (tests/support/bundle-size.ts).
    manifest: true,
  },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.{ts,tsx}',
            'tests/integration/**/*.test.{ts,tsx}',
            'tests/server/**/*.test.ts',
          ],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        // Real Chromium against the built app (npm run build first).
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
