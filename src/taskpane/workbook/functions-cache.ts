/** The settings Office.js keeps inside the workbook (Office.context.document.settings). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(): void;
}

/** Office's switch to reload functions.json instead of its cached copy (shared runtime only). */
export const FORCE_REFRESH_SETTING = "Office.ForceRefreshCustomFunctionsCache";
export const VERSION_SETTING = "anexos-ses.versao";

/**
 * After an update, Office may keep showing the previous version's functions for up to a day. The first time a
 * new version opens a workbook, ask Office to reload their metadata; the next time, switch that off again, as
 * Microsoft warns that refreshing on every start slows Excel down.
 */
export function refreshFunctionsAfterUpdate(
  settings: DocumentSettings,
  version: string,
): "refreshed" | "settled" | "unchanged" {
  if (settings.get(VERSION_SETTING) !== version) {
    settings.set(FORCE_REFRESH_SETTING, true);
    settings.set(VERSION_SETTING, version);
    settings.saveAsync();
    return "refreshed";
  }
  if (settings.get(FORCE_REFRESH_SETTING) === true) {
    settings.set(FORCE_REFRESH_SETTING, false);
    settings.saveAsync();
    return "settled";
  }
  return "unchanged";
}
