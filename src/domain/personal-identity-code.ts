/**
 * Finnish personal identity codes (henkilötunnus, HETU): Vuosikello holds no pupil data, so a
 * note that contains one is refused, on the device and on the server. The format is DDMMYY, a
 * century sign, a three-digit individual number and a check character: `131052-308T`. A code is
 * refused with a wrong check character too (a typo is still a person's code), and without one.
 */

/** Century signs: `+` 1800s; `-` and U-Y 1900s; A-F 2000s (the new signs date from 2023). */
const CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  U: 1900,
  V: 1900,
  W: 1900,
  X: 1900,
  Y: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/** The check characters, indexed by the nine digits DDMMYYNNN modulo 31. */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

const CANDIDATE =
  /(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+A-FU-Ya-fu-y])(\d{3})([0-9A-Za-z]?)(?![0-9A-Za-z])/g;

function isRealDay(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** The check character a code's nine digits call for (`131052308` -> `T`). */
export function identityCodeCheckCharacter(digits: string): string {
  return CHECK_CHARACTERS[Number(digits) % 31] ?? '';
}

/**
 * The first thing in `text` that is a Finnish personal identity code, with a valid, a wrong or
 * no check character, or null when there is none. A code's date part must be a real day.
 */
export function findPersonalIdentityCode(text: string): string | null {
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, dd, mm, yy, sign] = match as unknown as [string, string, string, string, string];
    const century = CENTURY[sign.toUpperCase()];
    if (century === undefined) continue;
    if (isRealDay(Number(dd), Number(mm), century + Number(yy))) return whole;
  }
  return null;
}
