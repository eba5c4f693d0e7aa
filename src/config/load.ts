import { readRegularFile } from '../files.js';
import { isMap, LineCounter, parseDocument, type Node } from 'yaml';
import { didYouMean } from '../text/suggest.js';
import { UserError } from '../errors.js';
import { Config } from './schema.js';

export interface LoadedConfig {
  file: string;
  config: Config;
}

/** Reads and validates the config file; any problem is one line naming the file, line and key. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    // Only a regular file: a FIFO or /dev/zero standing in for it must not hang the tool.
    text = readRegularFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file, config: {} };
    const why = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code === 'ENOTREG' ? 'it is not a regular file (a device or a pipe?)' : (e as Error).message;
    throw new UserError(`cannot read the config file ${file}: ${why}`);
  }
  if (text.length > 64 * 1024) throw new UserError(`${file}: the config file is larger than 64 KiB`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const where = (offset: number | undefined): string => {
    if (offset === undefined) return file;
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const syntax = doc.errors[0];
  if (syntax) throw new UserError(`${where(syntax.pos[0])}: ${syntax.message.split('\n')[0]}`);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new UserError(`${file}: ${(e as Error).message}`);
  }
  if (raw === null || raw === undefined) return { file, config: {} };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UserError(`${file}: the config file must be a mapping of settings (${Object.keys(Config.shape).join(', ')})`);
  }
  const parsed = Config.safeParse(raw);
  if (parsed.success) return { file, config: parsed.data };

  const issue = parsed.error.issues[0]!;
  let key = issue.path.map(String).join('.');
  let offset: number | undefined;
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    key = issue.keys[0] ?? key;
    message =
      key === 'api_key' || key === 'openai_api_key'
        ? 'keep the API key in the OPENAI_API_KEY environment variable, not in a file'
        : `unknown setting${didYouMean(key, Object.keys(Config.shape))}; the settings are ${Object.keys(Config.shape).join(', ')}`;
  }
  if (isMap(doc.contents) && key) {
    // A nested value (levels.supervisor) where it is; a top-level setting at its key.
    const nested = issue.path.length > 1 ? (doc.getIn(issue.path.map((p) => (typeof p === 'number' ? p : String(p))), true) as Node | undefined) : undefined;
    const pair = doc.contents.items.find((p) => (p.key as Node | null)?.toJSON?.() === key);
    offset = (nested?.range ?? (pair?.key as Node | undefined)?.range ?? undefined)?.[0];
  }
  throw new UserError(`${where(offset)}: ${key ? `${key}: ` : ''}${message}`);
}
