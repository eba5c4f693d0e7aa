import { Chalk, type ChalkInstance } from 'chalk';
import type { Output } from '../context.js';

/**
 * Colour for one stream. chalk 5.6 ignores NO_COLOR on a terminal, so it is honoured here; and
 * nothing that matters is said by colour alone: symbols and words carry the meaning too.
 */
export function colourFor(stream: Output, env: NodeJS.ProcessEnv): ChalkInstance {
  if (env.NO_COLOR) return new Chalk({ level: 0 });
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return new Chalk({ level: 0 });
    return new Chalk({ level: Math.min(3, Math.max(1, Number(force) || 1)) as 1 | 2 | 3 });
  }
  if (!stream.isTTY || env.TERM === 'dumb') return new Chalk({ level: 0 });
  return new Chalk({ level: 1 });
}
