/**
 * The spreadsheet formula guard (OWASP "CSV injection"): Excel, LibreOffice and Sheets run a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so `-1+cmd|' /C calc'!A0` in an
 * explanation or an event's key would run a command on the supervisor's machine. Every TEXT cell that
 * starts with one of them is prefixed with `'`, which makes the spreadsheet keep it as text. Numbers are not
 * text: they are written as numbers and stay numbers (a negative amount is not guarded away).
 */
const TRIGGER = /^[=+\-@\t\r]/;

export function guardText(value: string): string {
  return TRIGGER.test(value) ? `'${value}` : value;
}
