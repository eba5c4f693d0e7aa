import { helpText, type Example } from './help.js';
import { Option, type Command } from 'commander';
import type { DoctorOptions } from '../commands/doctor.js';
import { TIMEOUT } from '../limits.js';
import { addBankOptions, bankOptions, fromDefault, seconds, type Dispatch, type Raw } from './shared.js';

const EXAMPLES: Example[] = [
  { run: 'collections-prep doctor' },
  { say: 'Also check OpenAI, or a local Ollama server:', run: 'OPENAI_API_KEY=sk-... collections-prep doctor --grader llm --model gpt-4o-mini' },
  { run: 'OPENAI_BASE_URL=http://localhost:11434/v1 collections-prep doctor --model llama3.1' },
];

const NOTES = [
  'One pass/fail line per check; exit 1 if any fails. The LLM is checked (it grades one sample answer with the reply format a drill sends, so a server whose replies a drill cannot use fails) when --grader llm, --model or --base-url is given, OPENAI_BASE_URL or COLLECTIONS_PREP_MODEL is set, or the config file says grader: llm.',
];

export function registerDoctor(program: Command, dispatch: Dispatch): void {
  addBankOptions(program.command('doctor'))
    .description('check the set-up: Node version, question bank, data folder and, when configured, the LLM endpoint')
    .addOption(new Option('--grader <grader>', 'also check the LLM endpoint and model (it grades one sample answer)').choices(['llm']))
    .option('--model <name>', 'model to check (or COLLECTIONS_PREP_MODEL)')
    .option('--base-url <url>', 'OpenAI-compatible endpoint to check (or OPENAI_BASE_URL)')
    .option('--timeout <seconds>', 'longest wait for the LLM reply', seconds('--timeout'), TIMEOUT.doctorDefault)
    .addHelpText('after', () => helpText(EXAMPLES, NOTES))
    .action(async (o: Raw, cmd: Command) => {
      await dispatch({
        command: 'doctor',
        options: {
          ...bankOptions(o),
          grader: o.grader as DoctorOptions['grader'],
          model: o.model as string | undefined,
          baseUrl: o.baseUrl as string | undefined,
          timeout: o.timeout as number,
          fromDefault: fromDefault(cmd, ['timeout']),
        },
      });
    });
}
