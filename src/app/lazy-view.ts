/**
 * A view loaded on first use. `preload` starts the download early (main.tsx does so for the
 * address the app opens at, while the database opens); the component waits for the same promise.
 */
import { lazy, type ComponentType } from 'react';

/** The props every view gets from the router: the named parts of its address. */
export interface ViewProps {
  readonly params: Readonly<Record<string, string | undefined>>;
}

export interface LazyView {
  readonly Component: ComponentType<ViewProps>;
  preload(): Promise<unknown>;
}

export function lazyView(load: () => Promise<{ default: ComponentType<ViewProps> }>): LazyView {
  let loading: Promise<{ default: ComponentType<ViewProps> }> | null = null;
  const preload = () => (loading ??= load());
  return { Component: lazy(preload), preload };
}
