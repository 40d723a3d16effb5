/**
 * A returning user's app without waiting for the service worker to start (100-400 ms on a slow
 * device after the browser restarts, before the page's HTML and each of its files). Where the
 * browser has the static routing API (Chromium 123+), each version of the worker declares at
 * install, for the browser to follow without running the worker:
 * - the app's address (the scope, where it opens) is answered from a copy of that version's
 *   precached page in a cache of the version's own (`vuosikello-shell-<page revision>`), made
 *   when the version activates: a new version is still used only once it is active (once the
 *   user accepts it), and nothing is downloaded twice;
 * - the built files (`assets/`, named by their content) are answered from the precache.
 * What a cache does not hold goes to the network, as without a worker; every other request
 * (deep links, the sync API) goes through the worker. Other browsers skip all of this.
 */

/** An entry of the precache list the build injects. */
export interface ManifestEntry {
  readonly url: string;
  readonly revision: string | null;
}

/** A router rule of the static routing API (not yet in TypeScript's lib). */
interface RouterRule {
  readonly condition: {
    readonly urlPattern: URLPatternInit;
    readonly requestMode?: RequestMode;
  };
  readonly source: 'cache' | { readonly cacheName: string };
}

/** The install event, where the browser has the static routing API. */
export interface InstallWithRoutes {
  readonly addRoutes?: (rules: readonly RouterRule[]) => Promise<void>;
}

const SHELL_PREFIX = 'vuosikello-shell-';

/** The cache of this version's page: named by the page's revision in the precache list. */
export function shellCacheName(manifest: readonly (ManifestEntry | string)[]): string | null {
  for (const entry of manifest) {
    if (typeof entry !== 'string' && entry.url === 'index.html' && entry.revision !== null) {
      return `${SHELL_PREFIX}${entry.revision}`;
    }
  }
  return null;
}

/**
 * `response` without its `Vary` header. A browser's route compares a stored response's `Vary`
 * headers with the page's request (a module script's carries `Origin`, the worker's did not),
 * so a file stored with `Vary: Origin` would be missed and fetched from the network.
 */
export function withoutVary(response: Response): Response {
  if (!response.headers.has('Vary')) return response;
  const headers = new Headers(response.headers);
  headers.delete('Vary');
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** The rules for a version whose page is copied in `shellCache` at `scope`. */
export function shellRules(scope: string, shellCache: string): RouterRule[] {
  const path = new URL(scope).pathname;
  return [
    {
      condition: { requestMode: 'navigate', urlPattern: { pathname: path } },
      source: { cacheName: shellCache },
    },
    { condition: { urlPattern: { pathname: `${path}assets/*` } }, source: 'cache' },
  ];
}

/** At install: declares the rules (they apply once this version is active). */
export async function installShell(
  event: InstallWithRoutes,
  manifest: readonly (ManifestEntry | string)[],
  scope: string,
): Promise<void> {
  const name = shellCacheName(manifest);
  if (typeof event.addRoutes !== 'function' || name === null) return;
  await event.addRoutes(shellRules(scope, name));
}

/**
 * At activation, before the rules apply: copies this version's page (`page`, the precached
 * one) to its shell cache, and lets the other versions' shell caches go. Without a page (none
 * precached) the address goes to the network, where the rules send what a cache does not hold.
 */
export async function activateShell(
  manifest: readonly (ManifestEntry | string)[],
  scope: string,
  page: Response | undefined,
): Promise<void> {
  const name = shellCacheName(manifest);
  if (name !== null && page?.ok) await (await caches.open(name)).put(scope, withoutVary(page));
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((other) => other.startsWith(SHELL_PREFIX) && other !== name)
      .map((other) => caches.delete(other)),
  );
}
