/** Today's date comes from here, so the domain never reads the clock and tests can pin it. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { LocalDate } from '@/domain/local-date';

/** The device's local calendar day. */
export function localToday(now: Date = new Date()): LocalDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}` as LocalDate;
}

const TodayContext = createContext<LocalDate | null>(null);

/** Provides today, re-read every minute so an app left open over midnight moves on. */
export function TodayProvider({ fixed, children }: { fixed?: LocalDate; children: ReactNode }) {
  const [today, setToday] = useState<LocalDate>(() => fixed ?? localToday());
  useEffect(() => {
    if (fixed) return;
    const timer = setInterval(() => setToday(localToday()), 60_000);
    return () => clearInterval(timer);
  }, [fixed]);
  return <TodayContext.Provider value={fixed ?? today}>{children}</TodayContext.Provider>;
}

export function useToday(): LocalDate {
  return useContext(TodayContext) ?? localToday();
}
