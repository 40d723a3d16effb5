/**
 * An exported calendar as an iCalendar file (RFC 5545), written by ical-generator: one all-day
 * event per task over its window, for a download in the browser and for a subscription feed on
 * the server alike. Pure: the time of writing is passed in.
 */
import ical, {
  ICalCalendarMethod,
  ICalEventBusyStatus,
  ICalEventTransparency,
} from 'ical-generator';
import { addDays } from '../local-date';
import type { Language } from '../model';
import {
  calendarEntries,
  calendarName,
  type CalendarPlan,
  type CalendarTarget,
} from './calendar-target';
import { eventDescription, eventSummary } from './event-text';

export interface CalendarFileRequest {
  readonly target: CalendarTarget;
  readonly language: Language;
  /** Epoch ms of writing the file: every event's DTSTAMP. */
  readonly generatedAt: number;
  /**
   * Epoch ms of the plan's last change, when the caller knows it (the server does): the events'
   * LAST-MODIFIED and SEQUENCE. Absent: the time of writing stands in for it.
   */
  readonly revisedAt?: number;
  /** How often a subscribing calendar should fetch the file again (a feed), in seconds. */
  readonly refreshSeconds?: number;
}

/** The origin of SEQUENCE numbers (2024-01-01T00:00Z): they count minutes from it. */
const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);

/**
 * The SEQUENCE of every event at a plan revised at `revisedAt`. A calendar applies a re-imported
 * event over the one it holds only when its SEQUENCE is not lower (Google's import needs it
 * higher), and no history of each event is kept to count its revisions, so it is the minutes
 * from 2024 to the plan's last change: it never goes down, stays put while the plan does, and
 * goes up with every change (a download, where the change time is not known, counts at the time
 * of writing).
 */
export function sequenceAt(revisedAt: number): number {
  return Math.max(0, Math.floor((revisedAt - SEQUENCE_EPOCH_MS) / 60_000));
}

/** A TEXT value of a calendar property that the library writes as given (NAME, X-WR-CALNAME). */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * The iCalendar file of `request.target` in the plan's school year, in `request.language`, or
 * null when the target is not in that year's plan. Each event is all-day from the window's first
 * school day to the day after its last (DTEND is exclusive), transparent (a task window does not
 * make anyone busy), with the UID of calendarEntries. The calendar is named for its target and
 * school year. No progress, note or person is in it.
 */
export function calendarFile(plan: CalendarPlan, request: CalendarFileRequest): string | null {
  const entries = calendarEntries(plan, request.target);
  const name = calendarName(plan, request.target, request.language);
  if (entries === null || name === null) return null;
  const revisedAt = new Date(request.revisedAt ?? request.generatedAt);
  const sequence = sequenceAt(revisedAt.getTime());
  const themes = new Map(plan.themes.map((t) => [t.id, t]));
  const calendar = ical({
    name: escapeText(name),
    prodId: {
      company: 'Vuosikello',
      product: 'Vuosikello',
      language: request.language.toUpperCase(),
    },
    method: ICalCalendarMethod.PUBLISH,
    ...(request.refreshSeconds !== undefined && { ttl: request.refreshSeconds }),
  });
  for (const entry of entries) {
    calendar.createEvent({
      id: entry.uid,
      allDay: true,
      // Day strings: the library reads them as UTC midnight and, with no time zone set on the
      // calendar, writes the same day back.
      start: entry.start,
      end: addDays(entry.end, 1),
      stamp: new Date(request.generatedAt),
      lastModified: revisedAt,
      sequence,
      summary: eventSummary(entry, request.language),
      description: eventDescription(entry, themes, request.language),
      transparency: ICalEventTransparency.TRANSPARENT,
      busystatus: ICalEventBusyStatus.FREE,
    });
  }
  return calendar.toString();
}
