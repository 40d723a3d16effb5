import type { Theme } from '@/domain/model';
import { LocalizedText } from './localized-text';

/** A theme as it always shows: its colour as a swatch, and its name next to it. */
export function ThemeLabel({ theme }: { theme: Theme }) {
  return (
    <span className="theme">
      <span className="swatch" style={{ background: theme.color }} aria-hidden="true" />
      <LocalizedText text={theme.name} />
    </span>
  );
}
