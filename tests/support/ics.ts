/**
 * Reads an iCalendar file with an independent parser (Mozilla's ical.js, not the library that
 * writes it), into plain values the tests compare: the calendar's name and each event's UID,
 * dates (DTEND as written: exclusive), texts and revision fields.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  /** 'YYYY-MM-DD' of DTSTART, and of DTEND (the day after the last). */
  readonly start: string;
  readonly end: string;
  /** Both DTSTART and DTEND are dates (VALUE=DATE), not times. */
  readonly allDay: boolean;
  readonly sequence: number;
  readonly lastModified: string | null;
  readonly transparency: string | null;
}

export interface ParsedCalendar {
  readonly name: string | null;
  readonly method: string | null;
  readonly events: ParsedEvent[];
}

export function parseIcs(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const text_ = (c: InstanceType<typeof ICAL.Component>, name: string) => {
    const value = c.getFirstPropertyValue(name);
    return value === null || value === undefined ? null : String(value);
  };
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      sequence: event.sequence,
      lastModified: text_(vevent, 'last-modified'),
      transparency: text_(vevent, 'transp'),
    };
  });
  return { name: text_(calendar, 'x-wr-calname'), method: text_(calendar, 'method'), events };
}
