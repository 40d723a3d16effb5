import { useRef, type ReactNode } from 'react';
import { useFitDensity } from './use-fit-density';

interface Props {
  readonly className: string;
  /** The id of the page's heading. */
  readonly labelledBy: string;
  /** Said above the page when even the smallest text does not fit it. */
  readonly tooFull: string;
  readonly children: ReactNode;
}

/**
 * An A4 page whose text shrinks until its content fits (useFitDensity). Only this shell renders
 * again at each step: the content is its parent's element, unchanged, so a step costs a layout,
 * not a render of every task.
 */
export function FittedSheet({ className, labelledBy, tooFull, children }: Props) {
  const ref = useRef<HTMLElement>(null);
  const { density, overflows } = useFitDensity(ref);
  return (
    <>
      {overflows && <p className="print-warning">{tooFull}</p>}
      <article
        ref={ref}
        className={className}
        data-density={density}
        data-flow={overflows || undefined}
        aria-labelledby={labelledBy}
      >
        {children}
      </article>
    </>
  );
}
