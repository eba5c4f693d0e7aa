import { resolve } from 'node:path';
import { jobFilters } from '../bank/filter.js';
import type { Bank, BankQuestion } from '../bank/model.js';
import type { CommandContext } from '../context.js';
import { readRegularFile } from '../files.js';
import { UserError, usageError } from '../errors.js';
import { analysePosting, describePosting, MAX_POSTING_CHARS, postingPreference } from '../interview/posting.js';

// --posting FILE (drill and interview): a job advertisement read against the bank. What it
// matched, and why, goes to standard error, so that a report on standard output stays clean.

export interface PostingChoice {
  /** The job's role and level (from --job, -r/-s when given, else the posting's) and the jurisdiction. */
  filters: { role?: string; seniority: string[]; jurisdiction?: 'us' | 'uk' };
  /** Towards the skills the posting stresses. */
  preference?: (q: BankQuestion) => number;
}

interface Given {
  posting?: string;
  job?: string;
  role?: string;
  seniority: readonly string[];
  jurisdiction?: 'us' | 'uk';
}

function readPosting(file: string, ctx: Pick<CommandContext, 'cwd'>): string {
  try {
    return readRegularFile(resolve(ctx.cwd, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code === 'ENOTREG' ? 'it is not a regular file' : (e as Error).message;
    throw new UserError(`cannot read the job posting ${file}: ${why}`);
  }
}

/**
 * The posting's job, jurisdiction and skills, with the flags given first: --job or -r/-s over the
 * posting's job, --jurisdiction over its jurisdiction (`given` is what the command line said, the
 * config file not applied). A posting that names no job, with none of those flags, is a usage
 * error that says what to pass.
 */
export function choosePosting(bank: Bank, given: Given, ctx: Pick<CommandContext, 'cwd'>, note: (line: string) => void): PostingChoice {
  const file = given.posting!;
  const text = readPosting(file, ctx);
  if (text.trim() === '') throw new UserError(`the job posting ${file} is empty`);
  if (text.length > MAX_POSTING_CHARS) note(`${file}: only the first ${MAX_POSTING_CHARS / 1024} KiB of the posting are read.`);
  const match = analysePosting(text, bank);
  for (const line of describePosting(match, file)) note(line);
  const flagged = given.job !== undefined || given.role !== undefined || given.seniority.length > 0;
  let role = given.role;
  let seniority = [...given.seniority];
  if (given.job !== undefined) ({ role, seniority } = { seniority: [], ...jobFilters(bank, given) });
  else if (!flagged) {
    if (!match.job) {
      throw usageError(`${file}: ${match.collections ? 'the posting names no job or level the bank knows' : 'nothing in the posting matched'}: add --job "<title>" (e.g. --job "Collections Agent") or -r <role> -s <level> to say which job it is`);
    }
    role = match.job.role;
    seniority = [match.job.level];
  }
  if (flagged && match.job) note(`${file}: the job from ${given.job !== undefined ? '--job' : '-r/-s'} is used, not the posting's.`);
  const jurisdiction = given.jurisdiction ?? match.jurisdiction?.id;
  return {
    filters: { ...(role !== undefined ? { role } : {}), seniority, ...(jurisdiction ? { jurisdiction } : {}) },
    ...(match.skills.length ? { preference: postingPreference(match) } : {}),
  };
}
