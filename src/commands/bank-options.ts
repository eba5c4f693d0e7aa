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
}
