/**
 * Builds the bare-stack page (index.html and main.tsx beside this file) with Vite's production
 * build, the React plugin and the app's build target, from the project's node_modules.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const BARE_STACK_ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds into `outDir` (emptied first) with its own config, not the app's (no PWA, no alias).
 * Always a production build: under Vitest NODE_ENV is 'test', with which Vite would compile the
 * JSX for development and pick React's development build, a third larger, and the floor would
 * flatter us; NODE_ENV is set for the build and restored after it.
 */
export async function buildBareStack(outDir: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: BARE_STACK_ROOT,
      configFile: false,
      mode: 'production',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
