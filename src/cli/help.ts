import { Help } from 'commander';
import { terminalWidth, wrap } from '../text/layout.js';

// The "Examples" and notes under each command's --help, laid out for the terminal's width (at
// most 80): commander wraps the option list itself, these are wrapped here.

export interface Example {
  /** What the example does, in a few words (shown above it). */
  say?: string;
  run: string;
}

/** At most 80 columns, fewer on a narrower terminal, or with COLUMNS set when piped, else the terminal standard error shows (as other output). */
export function helpWidth(columns: number | undefined = process.stdout.columns ?? (process.env.COLUMNS === undefined && process.stderr.isTTY ? process.stderr.columns : undefined), envColumns: string | undefined = process.env.COLUMNS): number {
  return Math.min(80, terminalWidth(columns, envColumns));
}

/** A command laid out within the width: broken between words with a shell's " \" when too long. */
function commandLines(run: string, width: number, indent: string): string[] {
  const words = (run.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/ /g, '\u00a0'));
  const lines = wrap(`$ ${words.join(' ')}`, width - 2, indent, { hanging: `${indent}    ` }).split('\n');
  return lines.map((l, i) => (i < lines.length - 1 ? `${l} \\` : l));
}

export function helpText(examples: readonly Example[], notes: readonly string[] = [], width = helpWidth()): string {
  const out = ['', 'Examples:'];
  // Commands sit under their descriptions; one without a description goes on with the one above.
  const indent = examples.some((e) => e.say) ? '    ' : '  ';
  for (const e of examples) {
    if (e.say) out.push(wrap(e.say, width, '  ', { hanging: '    ' }));
    out.push(...commandLines(e.run, width, indent));
  }
  for (const n of notes) out.push('', wrap(n, width));
  return out.join('\n');
}

/**
 * Commander's option list, narrow terminals included: commander leaves a description unwrapped when
 * fewer than 40 columns are left beside the option (a new user at 60 columns saw words cut by the
 * terminal's edge), so there the description goes under its option, indented and wrapped.
 */
export const narrowHelp: Partial<Help> = {
  minWidthToWrap: 20,
  formatItem(term: string, termWidth: number, description: string, helper: Help): string {
    const width = helper.helpWidth ?? 80;
    if (!description || width - termWidth - 4 >= 40) return Help.prototype.formatItem.call(helper, term, termWidth, description, helper);
    return `  ${term}\n${wrap(description, width, '      ')}`;
  },
};
