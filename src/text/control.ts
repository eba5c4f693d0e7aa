// Text from a file, a server or a user is printed without its control characters: an OSC that
// sets the terminal's title, a clear-screen or a cursor move inside a card or an LLM reply must
// not reach the terminal. Newlines and tabs stay; everything else below space, DEL and the C1
// range go, and so do whole escape sequences (not just their ESC), so no stray "[2J" is left.

const SEQUENCE = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[P^_X][^\u001b]*(?:\u001b\\)?|\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|\u001b[ -/]*[0-~]?/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const ANY = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** The text without control characters and escape sequences (newline and tab kept). */
export function printable(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(SEQUENCE, '').replace(CONTROL, '');
}

/** Every string inside a value (objects, arrays, Maps), made printable; what needs no change is returned as it is. */
export function printableDeep<T>(value: T): T {
  return clean(value) as T;
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return printable(value);
  if (Array.isArray(value)) {
    const out = value.map(clean);
    return out.every((v, i) => v === value[i]) ? value : out;
  }
  if (value instanceof Map) {
    let changed = false;
    const out = new Map();
    for (const [k, v] of value) {
      const c = clean(v);
      if (c !== v) changed = true;
      out.set(k, c);
    }
    return changed ? out : value;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== v) changed = true;
      out[k] = c;
    }
    return changed ? out : value;
  }
  return value;
}
