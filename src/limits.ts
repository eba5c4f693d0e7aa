// The values and bounds of the public contract, each written once: the CLI's choices and
// parsers, the config file's schema, the history reader and the graders all take them from here.

/** Who scores answers (`--grader`, `grader:` in the config file, `grader` in reports and history). */
export const GRADERS = ['offline', 'llm', 'none'] as const;
export type GraderKind = (typeof GRADERS)[number];
/** Who plays the customer on a call (`call --grader`): the script, or a model. */
export const CALL_GRADERS = ['offline', 'llm'] as const satisfies readonly GraderKind[];
export type CallGraderKind = (typeof CALL_GRADERS)[number];

/** Every report format the tool writes; each command offers its own subset. */
export const REPORT_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `drill --format` and `history show --format`. */
export const SESSION_FORMATS = ['text', 'json', 'markdown', 'html'] as const satisfies readonly ReportFormat[];
export type SessionFormat = (typeof SESSION_FORMATS)[number];
/** `history export --format`; without it, the -o file name decides, else markdown. */
export const EXPORT_FORMATS = ['markdown', 'html'] as const satisfies readonly ReportFormat[];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** `list`, `show`, `stats` and `history list`. */
export const DATA_FORMATS = ['text', 'json'] as const satisfies readonly ReportFormat[];
export type DataFormat = (typeof DATA_FORMATS)[number];
/** `validate --format` (github: workflow-command annotations). */
export const VALIDATE_FORMATS = ['text', 'json', 'github'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

/** How plain-text or by-id answers are read (`--answers-format`). */
export const ANSWERS_FORMATS = ['yaml', 'json', 'text'] as const;
export type AnswersFormat = (typeof ANSWERS_FORMATS)[number];

/** Longest wait for one LLM reply, in seconds (`--timeout`, `timeout:`). */
export const TIMEOUT = { max: 3600, drillDefault: 60, doctorDefault: 30 } as const;
/** Answers graded at once with --grader llm (`--concurrency`, `concurrency:`). */
export const CONCURRENCY = { min: 1, max: 64, default: 4 } as const;
/** Questions in a drill (`--count`). */
export const COUNT = { min: 1, max: 1000, default: 5 } as const;
/** Seconds per answer (`--time-limit`). */
export const TIME_LIMIT = { min: 10, max: 3600 } as const;
/** The LLM's budget for a whole session, in seconds (`--max-wait`): past it, the rest is graded offline. Batch mode has a default; interactive sessions none. */
export const MAX_WAIT = { max: 24 * 3600, batchDefault: 300 } as const;
/** Replies asked for per answer with --grader llm (`--samples`). */
export const SAMPLES = { min: 1, max: 9, default: 1 } as const;
