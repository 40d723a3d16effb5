/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { FIRST_VIEW_MODULE } from './src/app/first-view';
import { WEB_MANIFEST } from './src/app/web-manifest';

/** The given stack's libraries (and the router) that the first screen runs. */
const FIRST_SCREEN_LIBRARIES =
  /node_modules\/(react|react-dom|scheduler|use-sync-external-store|i18next|react-i18next|dexie|dexie-react-hooks|wouter|regexparam|date-fns)\//;
/** date-fns's Swedish and English locales load with their languages (src/i18n/format.ts). */
const LATER_DATE_LOCALES = /date-fns\/locale\/(sv|en-GB)/;

function isFirstScreenLibrary(id: string): boolean {
  return FIRST_SCREEN_LIBRARIES.test(id) && !LATER_DATE_LOCALES.test(id);
}

interface ModuleGraph {
  getModuleInfo(
    id: string,
  ): { readonly isEntry: boolean; readonly importers: readonly string[] } | null;
}

/** Whether the entry imports `id` statically, directly or through other modules. */
function isStaticallyImported(id: string, graph: ModuleGraph): boolean {
  const seen = new Set([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const info = graph.getModuleInfo(next);
    if (info === null) continue;
    if (info.isEntry) return true;
    for (const importer of info.importers) {
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
    }
  }
  return false;
}

/**
 * The small app modules the first screen runs that lazy views share too (ids, days, the model,
 * the stored rows and their metadata, who may write and what is overdue, which the wheel uses
 * too; a tick's write loads with the month's later parts: month-later.ts). Left to the splitter, every new view that imports a different mix of them
 * cut them into more tiny files, each costing the first screen bytes; in one chunk they cost the
 * least, and a new view changes nothing.
 */
const FIRST_SCREEN_SHARED =
  /\/src\/(domain\/(ids|model|local-date|entities|json-equal|month-view|year-month|overdue|schedule\/schedule-ids|schedule\/schedule-record|sync\/authorize|sync\/belonging)|db\/(errors|meta|server-copy|server-rows|tx-tables)|ui\/(write-error|may-write|may-mark))\.ts$/;

/**
 * A tick's write (progress-writes.ts) with the outbox it appends to: the first screen shows
 * without them, and the month's action card imports them at a tick. In one chunk of their own,
 * the import fetches one file and the bundler adds no preload of its pieces to the click.
 */
const TICK_WRITE = /\/src\/(db\/(progress-writes|outbox)|domain\/personal-identity-code)\.ts$/;

/** The file of that chunk. */
const TICK_WRITE_CHUNK = /(^|\/)tick-write-[\w-]+\.js$/;

/** The later views' table (src/app/later-views.ts) and the CSV code two of them share. */
const LATER_VIEWS_SHARED =
  /\/src\/app\/later-views\.ts$|\/node_modules\/papaparse\/|\/src\/domain\/exchange\/csv-file\.ts$/;

/** The modules the first screen loads with its entry (its view's own code loads beside it). */
function isFirstScreen(id: string, graph: ModuleGraph): boolean {
  return (
    isFirstScreenLibrary(id) || FIRST_SCREEN_SHARED.test(id) || isStaticallyImported(id, graph)
  );
}

/**
 * index.html without the manifest link vite-plugin-pwa adds (after it, in the same 'post' order):
 * the app links the manifest once the first screen is done (src/app/manifest-link.ts).
 */
const manifestLinkedByTheApp: Plugin = {
  name: 'vuosikello:manifest-linked-by-the-app',
  enforce: 'post',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace(/<link rel="manifest"[^>]*>/, ''),
  },
};

/** The app's entry, which index.html loads. */
const APP_ENTRY = 'src/app/main.tsx';

/**
 * The code of the view the app opens at `/` preloaded from index.html. The entry imports it as
 * it starts to evaluate, and a module imported there is fetched only once that evaluation, one
 * long task, has ended: preloaded, it is fetched and compiled while the entry is
 * (docs/performance.md), with the chunks it imports. The build fails if that view has no chunk
 * of its own.
 */
const firstViewPreloaded: Plugin = {
  name: 'vuosikello:first-view-preloaded',
  enforce: 'post',
  transformIndexHtml: {
    order: 'post',
    handler(_html, { bundle }) {
      // The dev server loads modules as they are asked for; the bench pages (tests/bench) build
      // with this config from their own roots and have no such view.
      const chunks = Object.values(bundle ?? {}).filter((output) => output.type === 'chunk');
      if (!chunks.some((chunk) => chunk.moduleIds.some((id) => id.endsWith(APP_ENTRY)))) return [];
      const view = chunks.find((output) => output.facadeModuleId?.endsWith(FIRST_VIEW_MODULE));
      if (view === undefined) throw new Error(`${FIRST_VIEW_MODULE} has no chunk of its own`);
      // The view's chunk and those it imports, but for the entry, which the page loads anyway.
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = new Set([view.fileName]);
      for (const file of closure)
        for (const next of byFile.get(file)?.imports ?? []) closure.add(next);
      return [...closure]
        .filter((file) => !byFile.get(file)?.isEntry)
        .map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
    },
  },
};

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // An update is offered in the app, never applied behind the user's back.
      registerType: 'prompt',
      // The icons are in the precache already (globPatterns), once each.
      includeManifestIcons: false,
      injectRegister: false,
      manifest: WEB_MANIFEST,
      // Our own worker (src/sw/sw.ts), the precache list injected into it.
      strategies: 'injectManifest',
      // Absolute: the bench pages build with this config from their own roots.
      srcDir: fileURLToPath(new URL('./src/sw', import.meta.url)),
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      },
    }),
    manifestLinkedByTheApp,
    firstViewPreloaded,
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // The shim's own code is for React before 18; on React 19 it returns React's own hook.
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(
          new URL('./src/ui/react-sync-external-store.ts', import.meta.url),
        ),
      },
    ],
  },
  build: {
    target: 'es2022',
    // Every browser the es2022 target runs on but Safari before 17 preloads modules itself; the
    // polyfill cost the first screen 181 gzip bytes for an earlier fetch in those few.
    modulePreload: {
      polyfill: false,
      // A tick's write is imported at the click (action-card.tsx), when the page has the entry
      // and its styles: preload links for them and the chunk itself only add DOM work to it.
      resolveDependencies: (file, deps) => (TICK_WRITE_CHUNK.test(file) ? [] : deps),
    },
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks a lazily loaded view needs, so the first screen's
    // JavaScript can be measured whole (tests/support/bundle-size.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // What the first screen runs in one file with the entry (the libraries, the shell, the
        // modules its view shares with later views, the bundler's runtime), rather than in pieces
        // split by which lazy views share them: each file is compressed on its own, so one file
        // downloads fewer bytes than four (about 1,300 gzip bytes fewer) and in one request.
        codeSplitting: {
          groups: [
            {
              name: (id, ctx) => (isFirstScreen(id, ctx) ? 'index' : null),
              debugName: 'first screen',
            },
            {
              name: (id) => (TICK_WRITE.test(id) ? 'tick-write' : null),
              debugName: 'a tick’s write',
            },
            {
              // The CSV library (papaparse, CommonJS) that two later views share (the exchange
              // and the report) goes with the later views' own small chunk, which every later
              // view loads anyway. In a common chunk of its own it moved the bundler's runtime
              // out of the entry into a file the first screen loads too (+179 gzip bytes, one
              // more request); the app's files are precached, so this costs no download.
              name: (id) => (LATER_VIEWS_SHARED.test(id) ? 'later-views' : null),
              debugName: 'later views',
            },
          ],
        },
      },
    },
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
          // Views rendered over fake-indexeddb take seconds on a busy 2-core machine; no test
          // here asserts a time, so a slow run must not fail as a timeout.
          testTimeout: 15_000,
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
