// What a detector is and what it reports.
import type { Reading, Sentence } from '../../language/read.js';
import type { Jurisdiction, Sector } from '../rules.js';

export interface ConductHit {
  rule: string;
  /** The words of the answer that raised it. */
  words: string;
  sentence: number;
  /** Raised by the fitted turn model (turn-model.ts), not by a detector. */
  byModel?: true;
}

export interface DetectContext {
  jurisdiction?: Jurisdiction;
  sector?: Sector;
  /**
   * The text is what the candidate says on a call (a turn), not an answer about what they did:
   * every unquoted word is theirs, and "you" is the person on the line.
   */
  spoken?: boolean;
  /**
   * The question is about a debt past its limitation period (its text says so): "we can still take him to court"
   * threatens what cannot lawfully be done, though the sentence itself does not say the debt is time-barred.
   */
  timeBarred?: boolean;
  /** Told why a pattern that matched raised no flag (for tuning on training data). */
  trace?: (rule: string, refusedBy: 'needs' | 'frame' | 'rule-talk' | 'quoted', words: string) => void;
}

type Frame = 'act' | 'said';

export interface Detector {
  rule: string;
  frame: Frame;
  pattern: RegExp;
  /** Further tests on the whole sentence (lemmas), all of which must hold. */
  needs?: (l: string, ctx: DetectContext, s: Sentence, k: number, r: Reading, si: number) => boolean;
  /** Negators that are part of the harm ("without checking"). */
  keep?: readonly string[];
  /** Skip rule-talk checks (the harm's own words are rule-like). */
  noRuleTalk?: boolean;
  /** The harm's own words hold a "not" ("which wasn't true"): it does not deny the statement. */
  ownNegation?: boolean;
}
