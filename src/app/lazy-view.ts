/**
 * A view loaded on first use. `preload` starts the download early (main.tsx does so for the
 * address the app opens at, while the database opens); the component waits for the same promise.
 */
import { createElement, lazy, useState, type ComponentType } from 'react';

/** The props every view gets from the router: the named parts of its address. */
export interface ViewProps {
  readonly params: Readonly<Record<string, string | undefined>>;
}

export interface LazyView {
  readonly Component: ComponentType<ViewProps>;
  preload(): Promise<unknown>;
}

export function lazyView(load: () => Promise<{ default: ComponentType<ViewProps> }>): LazyView {
  let loaded: ComponentType<ViewProps> | null = null;
  let loading: Promise<{ default: ComponentType<ViewProps> }> | null = null;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Lazy = lazy(preload);
  // Once its code is here, the view renders in the same pass as the shell, without suspending
  // first: the first screen's reads then start before the sync engine loads (after that pass).
  // Chosen once per mount, so the view's state is never dropped by a switch.
  function Component(props: ViewProps) {
    const [View] = useState(() => loaded ?? Lazy);
    return createElement(View, props);
  }
  return { Component, preload };
}
