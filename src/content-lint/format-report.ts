/**
 * One line per problem, `file:line:column  message  [rule]`: the form editors and terminals
 * turn into a link to the spot, with the fix in the message. A warning (a message that is not
 * fatal: a source record no article cites) says so and fails nothing.
 *
 * Ours rather than vfile-reporter: that prints each file's name once as a heading and the
 * problems under it as `line:column`, which no terminal or editor turns into a link.
 */
import type { VFile } from 'vfile';

/** Whether any file has a problem that must stop the build. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}

export function formatReport(files: readonly VFile[]): string {
  let errors = 0;
  const lines = files.flatMap((file) =>
    file.messages.map((message) => {
      const where = `${file.path}:${message.line ?? 1}:${message.column ?? 1}`;
      const rule = [message.source, message.ruleId].filter(Boolean).join('/');
      if (message.fatal === true) errors++;
      return `${where}  ${message.fatal === true ? '' : 'warning: '}${message.reason}${rule ? `  [${rule}]` : ''}`;
    }),
  );
  const warnings = lines.length - errors;
  const counts = [errors > 0 && `${errors} ${errors === 1 ? 'problem' : 'problems'}`, warnings > 0 && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`].filter(Boolean).join(', ');
  return lines.length === 0 ? '' : `${lines.join('\n')}\n\n${counts}`;
}
