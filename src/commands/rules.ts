import { CONDUCT_RULES, type ConductRule } from '../conduct/rules.js';
import { outputWidth, type CommandContext } from '../context.js';
import type { DataFormat } from '../limits.js';
import { wrap } from '../text/layout.js';

export interface RulesOptions {
  format: DataFormat;
  /** Only the rules that apply there, with that jurisdiction's citation alone. */
  jurisdiction?: 'us' | 'uk';
}

/** A rule as `rules --format json` prints it (contract.md): citations by jurisdiction and for B2B debts. */
function ruleJson(rule: ConductRule, jurisdiction: 'us' | 'uk' | undefined) {
  const citations = jurisdiction ? { [jurisdiction]: rule.citation[jurisdiction] } : { us: rule.citation.us, uk: rule.citation.uk };
  return {
    id: rule.id,
    words: rule.words,
    jurisdictions: rule.jurisdictions,
    sectors: rule.sectors,
    citations: { ...citations, commercial: rule.citation.commercial },
    example: rule.example,
  };
}

function ruleText(rule: ConductRule, jurisdiction: 'us' | 'uk' | undefined, width: number): string {
  const lines = [rule.id, wrap(rule.words, width, '  ')];
  const where = jurisdiction ? [jurisdiction] : (['us', 'uk'] as const);
  for (const j of where) lines.push(wrap(`${j.toUpperCase()}: ${rule.citation[j]}`, width, '  ', { hanging: '      ' }));
  lines.push(wrap(`B2B: ${rule.citation.commercial}`, width, '  ', { hanging: '       ' }));
  lines.push(wrap(`e.g. "${rule.example}"`, width, '  ', { hanging: '        ' }));
  return lines.join('\n');
}

/** `collections-prep rules`: the conduct rules that both graders check on every answer. */
export async function rulesCommand(options: RulesOptions, ctx: CommandContext): Promise<number> {
  const rules = CONDUCT_RULES.filter((r) => !options.jurisdiction || r.jurisdictions.includes(options.jurisdiction));
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(rules.map((r) => ruleJson(r, options.jurisdiction)), null, 2)}\n`);
    return 0;
  }
  const width = outputWidth(ctx);
  const head = wrap(
    `${rules.length} conduct rules, checked on every answer by both graders. An answer that breaks one is flagged with the rule and the words that raised it, and scores at most 2.`,
    width,
  );
  ctx.stdout.write(`${head}\n\n${rules.map((r) => ruleText(r, options.jurisdiction, width)).join('\n\n')}\n`);
  return 0;
}
