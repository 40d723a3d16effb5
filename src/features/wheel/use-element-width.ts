import { useLayoutEffect, useState } from 'react';

/**
 * The content width in CSS pixels of the element given to the returned ref (a callback ref, so
 * an element that appears after the first render is measured too), kept up to date as the window
 * resizes; `fallback` until it is measured, and where there is no layout (as in tests).
 */
export function useElementWidth(fallback: number): [number, (el: HTMLElement | null) => void] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => setWidth(element.clientWidth || fallback);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, fallback]);
  return [width, setElement];
}
