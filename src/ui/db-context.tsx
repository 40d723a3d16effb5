/** Hands the opened database to components; tests pass a fresh one. */
import { createContext, useContext, type ReactNode } from 'react';
import type { VuosikelloDb } from '@/db/database';

const DbContext = createContext<VuosikelloDb | null>(null);

export function DbProvider({ db, children }: { db: VuosikelloDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): VuosikelloDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbProvider');
  return db;
}
