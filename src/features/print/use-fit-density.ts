import { useLayoutEffect, useState, type RefObject } from 'react';

/** The densest of the sheet's text sizes (print.css, `data-density` 0 to 5). */
export const DENSEST = 5;

/**
 * Fits a sheet to its page: starting from the largest text, each render that finds the sheet's
 * content taller than its box (an A4 page less its margins, the same on screen and on paper)
 * takes the next smaller size, up to DENSEST. Key the sheet by its content so that a new
 * content starts again from the largest. `overflows`: even the densest does not fit (the page
 * says so, and the print goes on to a second page).
 */
export function useFitDensity(ref: RefObject<HTMLElement | null>) {
  const [density, setDensity] = useState(0);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const sheet = ref.current;
    if (!sheet) return;
    // A pixel of slack: rounding of mm to px must not count as overflow.
    const over = sheet.scrollHeight > sheet.clientHeight + 1;
    if (over && density < DENSEST) setDensity(density + 1);
    else setOverflows(over);
  }, [ref, density]);
  return { density, overflows };
}
