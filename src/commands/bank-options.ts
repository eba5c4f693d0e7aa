/** Options shared by every command that reads the bank. */
export interface BankOptions {
  questions: string[];
  builtin: boolean;
}

/** The filters of `drill` and `list`. */
export interface FilterOptions {
  role?: string;
  seniority: string[];
  skill: string[];
  type: string[];
  /** us or uk: that jurisdiction's cards and cards for any (also `jurisdiction:` in the config file). */
  jurisdiction?: 'us' | 'uk';
  /** A job title (or alias) from a role's ladder: sets role and level. */
  job?: string;
}
