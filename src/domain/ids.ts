/** Branded identifiers: a string that the type system keeps apart from other strings. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type OrganizationId = Brand<string, 'OrganizationId'>;
export type SchoolId = Brand<string, 'SchoolId'>;
export type SchoolYearId = Brand<string, 'SchoolYearId'>;
export type GroupId = Brand<string, 'GroupId'>;
export type ThemeId = Brand<string, 'ThemeId'>;
export type TemplateId = Brand<string, 'TemplateId'>;
export type ActionId = Brand<string, 'ActionId'>;
export type AdjustmentId = Brand<string, 'AdjustmentId'>;
/** One target's schedule in one school year: the prefix its actions' ids share. */
export type ScheduleId = Brand<string, 'ScheduleId'>;

export const organizationId = (s: string) => s as OrganizationId;
export const schoolId = (s: string) => s as SchoolId;
export const schoolYearId = (s: string) => s as SchoolYearId;
export const groupId = (s: string) => s as GroupId;
export const themeId = (s: string) => s as ThemeId;
export const templateId = (s: string) => s as TemplateId;
export const actionId = (s: string) => s as ActionId;
export const adjustmentId = (s: string) => s as AdjustmentId;
export const scheduleId = (s: string) => s as ScheduleId;

/** Exhaustiveness guard for `switch` over a union's `kind`. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
