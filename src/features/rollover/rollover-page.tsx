import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listGroups, listSchoolYears, listSchools } from '@/db/queries';
import {
  RolloverError,
  rolloverUndoBlock,
  undoRollover,
  writeRollover,
} from '@/db/rollover-writes';
import type { SchoolYearId } from '@/domain/ids';
import type { SchoolYear } from '@/domain/model';
import { proposeRollover, type RolloverProposal } from '@/domain/rollover/rollover-plan';
import { schoolYearAt } from '@/domain/school-calendar';
import { useDb } from '@/ui/db-context';
import { useToday } from '@/ui/today';
import { ServerQueryProvider } from '@/ui/server-query-provider';
import { RolloverPreview } from './rollover-preview';
import { useRepointAccounts } from './use-repoint-accounts';

const yearRange = (year: Pick<SchoolYear, 'startYear'>) => ({
  start: year.startYear,
  end: year.startYear + 1,
});

/**
 * Roll-over to the next school year: pick the year to start from, see what would be created,
 * changed and left, create it all in one go, and undo it while no task of the new year is ticked.
 */
export default function RolloverPage() {
  return (
    <ServerQueryProvider>
      <Rollover />
    </ServerQueryProvider>
  );
}

function Rollover() {
  const { t } = useTranslation();
  const db = useDb();
  const id = useId();
  const years = useLiveQuery(() => listSchoolYears(db), [db]);
  const [chosenId, setChosenId] = useState<SchoolYearId | null>(null);
  const today = useToday();
  // "This one": the year today is in, unless another is chosen (it stays after the next is made).
  const source = years?.find((y) => y.id === chosenId) ?? (years && schoolYearAt(years, today));
  const sourceId = source?.id ?? null;
  const schools = useLiveQuery(() => listSchools(db), [db]);
  // Tagged with the year read: a result kept from the previous year must not make a preview.
  const read = useLiveQuery(
    async () => ({ sourceId, groups: sourceId === null ? [] : await listGroups(db, sourceId) }),
    [db, sourceId],
  );
  const groups = read?.sourceId === sourceId ? read.groups : undefined;
  const target = source && years?.find((y) => y.startYear === source.startYear + 1);
  // The proposal is also what an undo removes (and only if the year is exactly what it makes).
  const proposal = useMemo(
    () => (source && schools && groups ? proposeRollover(source, schools, groups) : null),
    [source, schools, groups],
  );
  const block = useLiveQuery(
    async () => ({
      proposal,
      block: proposal === null || !target ? null : await rolloverUndoBlock(db, proposal),
    }),
    [db, proposal, target],
  );
  const undoBlock = block?.proposal === proposal ? block.block : undefined;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const repoint = useRepointAccounts();

  if (years === undefined) return null;

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await work());
    } catch (cause) {
      if (cause instanceof RolloverError) setError(t(`rollover.error_${cause.code}`));
      else {
        console.error(cause);
        setError(t('rollover.error_unknown'));
      }
    } finally {
      setBusy(false);
      // The button pressed is gone or changed: the outcome takes the focus.
      requestAnimationFrame(() => statusRef.current?.focus());
    }
  };

  const confirm = (p: RolloverProposal) =>
    run(async () => {
      await writeRollover(db, p);
      repoint.mutate(p.mapping);
      return t('rollover.written', yearRange(p.year));
    });
  const undo = (p: RolloverProposal) =>
    run(async () => {
      await undoRollover(db, p);
      return t('rollover.undone', yearRange(p.year));
    });

  return (
    <div className="rollover">
      <h1>{t('rollover.title')}</h1>
      <p>{t('rollover.intro')}</p>
      {years.length === 0 || source === undefined ? (
        <p>{t('rollover.noYears')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-source`}>{t('rollover.sourceYear')}</label>
            <select
              id={`${id}-source`}
              value={source.id}
              disabled={busy}
              onChange={(e) => {
                setChosenId(e.target.value as SchoolYearId);
                setStatus(null);
                setError(null);
              }}
            >
              {years.map((year) => (
                <option key={year.id} value={year.id}>
                  {t('rollover.yearOption', yearRange(year))}
                </option>
              ))}
            </select>
          </div>
          <div className="rollover-outcome" ref={statusRef} tabIndex={-1}>
            <p role="status">{status ?? ''}</p>
            {error && (
              <p role="alert" className="error">
                {error}
              </p>
            )}
            {repoint.outcome && (
              <p className="hint">
                {repoint.outcome.kind === 'updated'
                  ? t('rollover.accountsUpdated', { count: repoint.outcome.count })
                  : t('rollover.accountsFailed')}
              </p>
            )}
          </div>
          {target ? (
            <section className="rollover-existing">
              <p>{t('rollover.exists', yearRange(target))}</p>
              {proposal && undoBlock === null ? (
                <button type="button" disabled={busy} onClick={() => void undo(proposal)}>
                  {t('rollover.undo', yearRange(target))}
                </button>
              ) : (
                (undoBlock === 'PROGRESS_EXISTS' || undoBlock === 'NOT_A_ROLLOVER') && (
                  <p>{t(`rollover.error_${undoBlock}`)}</p>
                )
              )}
            </section>
          ) : (
            proposal && (
              <>
                <RolloverPreview proposal={proposal} schools={schools ?? []} />
                <div className="form-actions">
                  <button type="button" disabled={busy} onClick={() => void confirm(proposal)}>
                    {busy ? t('rollover.writing') : t('rollover.confirm', yearRange(proposal.year))}
                  </button>
                </div>
              </>
            )
          )}
        </>
      )}
    </div>
  );
}
