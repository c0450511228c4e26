/**
 * One line per problem, `file:line:column  message  [rule]`: the form editors and terminals
 * turn into a link to the spot, with the fix in the message.
 *
 * Ours rather than vfile-reporter: that prints each file's name once as a heading and the
 * problems under it as `line:column`, which no terminal or editor turns into a link.
 */
import type { VFile } from 'vfile';

export function formatReport(files: readonly VFile[]): string {
  const lines = files.flatMap((file) =>
    file.messages.map((message) => {
      const where = `${file.path}:${message.line ?? 1}:${message.column ?? 1}`;
      const rule = [message.source, message.ruleId].filter(Boolean).join('/');
      return `${where}  ${message.reason}${rule ? `  [${rule}]` : ''}`;
    }),
  );
  const count = lines.length;
  return count === 0 ? '' : `${lines.join('\n')}\n\n${count} ${count === 1 ? 'problem' : 'problems'}`;
}
