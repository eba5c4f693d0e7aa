import { readFileSync, statSync } from 'node:fs';
import { cardFacts, crossCheck, type BrokenQuestion, type CardFacts } from './check.js';
import { ladderOrder } from './levels.js';
import type { Diagnostic } from './diagnostics.js';
import { makeBank, type Bank, type BankQuestion, type BankRole, type BankScenario, type BankSkill, type Source } from './model.js';
import { scenarioCheck } from './scenario-check.js';
import { cardLadder, makeLadders } from './roles.js';
import { discover, displayPath, errnoMessage } from './files.js';
import { parseQuestionFile } from './parse.js';
import { decodeText, MAX_FILE_BYTES, sizeProblem, type Position } from './text-file.js';

// Finding files lives in files.ts, which loads neither the YAML parser nor zod (the pre-compiled
// built-in bank needs it); re-exported here for the callers that know it from this module.

export interface LoadProgress {
  file: string;
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Working folder: relative paths resolve against it and file names are shown relative to it. */
  cwd: string;
  /** Files or folders of the user's own, searched recursively for .yaml/.yml. */
  paths?: readonly string[];
  /** The built-in bank's folder; leave out for --no-builtin. */
  builtin?: BuiltinSource;
  /** Built-in questions are loaded but only their skills are used (validating a user's own files). */
  builtinSkillsOnly?: boolean;
  onProgress?: (progress: LoadProgress) => void;
}

export interface BuiltinSource {
  dir: string;
  /** A pre-validated copy of the bank made at build time; used when it matches the YAML on disk. */
  load?: (dir: string) => { roles: BankRole[]; skills: BankSkill[]; questions: BankQuestion[]; scenarios?: BankScenario[] } | undefined;
}

export interface LoadResult {
  bank: Bank;
  diagnostics: Diagnostic[];
  /** Every file read, as displayed. */
  files: string[];
}

/** What checking files gives (checkFiles): no bank, only where each card and skill was written. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Every file read, as displayed. */
  files: string[];
  /** Every question of the bank (the built-in ones too, beside them). */
  questions: { source: Source }[];
  /** Every skill of the bank, one per id (the first defined), as the bank would hold them. */
  skills: { source: Source }[];
}

interface FileSet {
  roles: BankRole[];
  skills: BankSkill[];
  questions: BankQuestion[];
  /** With `lean`, the valid questions as the checks read them, in place of `questions`. */
  facts: CardFacts[];
  scenarios: BankScenario[];
  diagnostics: Diagnostic[];
  locators: Map<string, (path: readonly PropertyKey[]) => Position>;
  /** Invalid cards, checked beside the rest but never part of the bank (see crossCheck). */
  broken: { skills: { id: string; source: Source }[]; questions: BrokenQuestion[] };
}

/**
 * Reads and validates each file on its own; cross-file checks come after. With `lean`, each valid
 * question is kept only as what the checks read of it (cardFacts), not as the card.
 */
export function readFiles(files: readonly string[], cwd: string, onProgress?: (p: LoadProgress) => void, lean = false): FileSet {
  const out: FileSet = { roles: [], skills: [], questions: [], facts: [], scenarios: [], diagnostics: [], locators: new Map(), broken: { skills: [], questions: [] } };
  files.forEach((full, i) => {
    const file = displayPath(full, cwd);
    onProgress?.({ file, done: i, total: files.length });
    const fail = (message: string, line = 0, col = 0) =>
      out.diagnostics.push({ file, line, col, severity: 'error', path: '', message });
    let bytes: Buffer;
    try {
      // Checked before reading: a pipe would block forever, and a huge file need not be read to be refused.
      const stat = statSync(full);
      if (stat.isDirectory()) return fail('cannot read: is a folder, not a file');
      if (!stat.isFile()) return fail('cannot read: not a regular file (a pipe, socket or device)');
      if (stat.size > MAX_FILE_BYTES) return fail(sizeProblem(stat.size));
      bytes = readFileSync(full);
    } catch (e) {
      return fail(`cannot read: ${errnoMessage(e, String(e))}`);
    }
    const { text, problem, line, col } = decodeText(bytes);
    if (text === undefined) return fail(problem ?? 'unreadable', line, col);
    const parsed = parseQuestionFile(text, file);
    out.diagnostics.push(...parsed.diagnostics);
    out.locators.set(file, parsed.locate);
    const roles = parsed.data?.roles?.map((role, index) => ({ index, role })) ?? parsed.valid?.roles ?? [];
    const skills = parsed.data?.skills?.map((skill, index) => ({ index, skill })) ?? parsed.valid?.skills ?? [];
    const questions = parsed.data?.questions?.map((question, index) => ({ index, question })) ?? parsed.valid?.questions ?? [];
    // The parsed cards are this file's own: their source is added in place rather than by copying each.
    for (const { index, role } of roles) out.roles.push(Object.assign(role, { source: { file, ...parsed.locate(['roles', index]), index } }));
    for (const { index, skill } of skills) out.skills.push(Object.assign(skill, { source: { file, ...parsed.locate(['skills', index]), index } }));
    for (const { index, question } of questions) {
      const source = { file, ...parsed.locate(['questions', index]), index };
      if (lean) out.facts.push(cardFacts(Object.assign(question, { source })));
      else out.questions.push(Object.assign(question, { source }));
    }
    parsed.data?.scenarios?.forEach((scenario, index) => {
      out.scenarios.push(Object.assign(scenario, { source: { file, ...parsed.locate(['scenarios', index]), index } }));
    });
    for (const { index, id } of parsed.valid?.broken.skills ?? []) out.broken.skills.push({ id, source: { file, ...parsed.locate(['skills', index]), index } });
    for (const { index, question, present } of parsed.valid?.broken.questions ?? []) {
      out.broken.questions.push({ ...question, present, source: { file, ...parsed.locate(['questions', index]), index } });
    }
  });
  onProgress?.({ file: '', done: files.length, total: files.length });
  return out;
}

/**
 * A card's levels are a set: kept in its role's ladder order (see roles.ts) so that every listing
 * reads the same way. Done once every file is read, as roles may be declared in any file.
 */
export function orderLevels(questions: BankQuestion[], roles: Iterable<BankRole>): BankQuestion[] {
  const ladders = makeLadders(roles);
  // Most cards share a few role lists: each one's ladder is worked out once.
  const byRoles = new Map<string, readonly string[]>();
  // In place: the cards are this load's own, and a copy of each would cost a bank's worth of memory.
  for (const q of questions) {
    if (q.seniority.length < 2) continue;
    const key = q.roles.join('\0');
    let ladder = byRoles.get(key);
    if (!ladder) byRoles.set(key, (ladder = cardLadder(ladders, q.roles)));
    q.seniority = ladderOrder(q.seniority, ladder);
  }
  return questions;
}

export function loadBank(options: LoadOptions): LoadResult {
  const { roles, skills, questions, scenarios, diagnostics, files } = load(options, false);
  return { bank: makeBank(skills, orderLevels(questions, roles), roles, scenarios), diagnostics, files };
}

/**
 * The checks of loadBank, for `validate`: the same diagnostics, but the user's cards are not kept
 * once read (only what the cross-file checks need of each), as no bank is wanted of them.
 */
export function checkFiles(options: LoadOptions): CheckResult {
  const { skills, questions, facts, diagnostics, files } = load(options, true);
  const skillIds = new Set<string>();
  const firstSkills = skills.filter((s) => !skillIds.has(s.id) && skillIds.add(s.id));
  return { diagnostics, files, questions: [...questions, ...facts], skills: firstSkills };
}

function load(options: LoadOptions, lean: boolean) {
  const { cwd, paths = [], builtin, builtinSkillsOnly = false, onProgress } = options;
  let builtinRoles: BankRole[] = [];
  let builtinSkills: BankSkill[] = [];
  let builtinQuestions: BankQuestion[] = [];
  let builtinScenarios: BankScenario[] = [];
  let builtinBroken: FileSet['broken'] = { skills: [], questions: [] };
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const locators = new Map<string, (path: readonly PropertyKey[]) => Position>();

  if (builtin) {
    const compiled = builtin.load?.(builtin.dir);
    if (compiled) {
      builtinRoles = compiled.roles;
      builtinSkills = compiled.skills;
      builtinQuestions = compiled.questions;
      builtinScenarios = compiled.scenarios ?? [];
    } else {
      const found = discover([builtin.dir], cwd);
      const set = readFiles(found.files, cwd);
      builtinRoles = set.roles;
      builtinSkills = set.skills;
      builtinQuestions = set.questions;
      builtinScenarios = set.scenarios;
      builtinBroken = set.broken;
      diagnostics.push(...found.diagnostics, ...set.diagnostics);
      // Built-in cards always say whose rules they rely on (users' own banks may leave it out).
      for (const q of set.questions) {
        if (q.jurisdiction === undefined) {
          diagnostics.push({ file: q.source.file, line: q.source.line, col: q.source.col, severity: 'error', path: `questions[${q.source.index}]`, message: 'missing required field `jurisdiction` (us, uk or any): every built-in card says whose rules it relies on' });
        }
      }
      set.locators.forEach((v, k) => locators.set(k, v));
      if (!builtinSkillsOnly) files.push(...found.files.map((f) => displayPath(f, cwd)));
    }
  }

  const found = discover(paths, cwd);
  diagnostics.push(...found.diagnostics);
  const user = readFiles(found.files, cwd, onProgress, lean);
  diagnostics.push(...user.diagnostics);
  user.locators.forEach((v, k) => locators.set(k, v));
  files.push(...found.files.map((f) => displayPath(f, cwd)));

  const locate = (file: string, path: readonly PropertyKey[]) => locators.get(file)?.(path);
  let roles: BankRole[];
  let skills: BankSkill[];
  let questions: BankQuestion[];
  let scenarios: BankScenario[];
  if (builtinSkillsOnly) {
    // A bank of its own: the built-in skills may be referenced, but the built-in ladders do not
    // apply (a role the files do not declare keeps the global order).
    roles = user.roles;
    skills = user.skills;
    questions = user.questions;
    scenarios = user.scenarios;
    for (const d of crossCheck({ roles, skills, questions, facts: user.facts, extraSkills: builtinSkills, broken: user.broken, locate })) diagnostics.push(d);
    const ownIds = new Set(skills.map((s) => s.id));
    skills = [...skills, ...builtinSkills.filter((s) => !ownIds.has(s.id))];
  } else {
    roles = [...builtinRoles, ...user.roles];
    skills = [...builtinSkills, ...user.skills];
    questions = [...builtinQuestions, ...user.questions];
    scenarios = [...builtinScenarios, ...user.scenarios];
    const builtinFiles = new Set([...builtinRoles, ...builtinSkills, ...builtinQuestions].map((x) => x.source.file));
    const broken = { skills: [...builtinBroken.skills, ...user.broken.skills], questions: [...builtinBroken.questions, ...user.broken.questions] };
    for (const d of crossCheck({ roles, skills, questions, facts: user.facts, broken, locate })) {
      // A clash with the built-in bank: say so, and how to use the files on their own.
      const first = /first defined at (.+):\d+\)$/.exec(d.message)?.[1];
      const clash = paths.length > 0 && first !== undefined && builtinFiles.has(first) && !builtinFiles.has(d.file);
      diagnostics.push(clash ? { ...d, message: `${d.message}: the built-in bank has it; choose another id, or use --no-builtin if your files replace the built-in bank` } : d);
    }
  }
  diagnostics.push(...scenarioCheck({ scenarios, skills: new Set([...skills, ...builtinSkills].map((s) => s.id)), roles: makeLadders(roles), locate }));
  return { roles, skills, questions, facts: user.facts, scenarios, diagnostics, files };
}
