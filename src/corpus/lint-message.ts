/** A lint message, as plain data (a VFileMessage does not cross to another thread). */
export interface LintMessage {
  reason: string;
  line: number;
  column: number;
  ruleId: string | undefined;
  source: string | undefined;
  fatal: boolean;
}
