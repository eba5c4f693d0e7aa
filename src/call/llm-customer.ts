import { usageError } from '../errors.js';
import type { Customer } from './run.js';

export interface LlmCustomerSettings {
  model?: string;
  baseUrl?: string;
  timeout: number;
}

export async function llmCustomer(_settings: LlmCustomerSettings, _env: NodeJS.ProcessEnv, _note: (l: string) => void): Promise<Customer> {
  throw usageError('--grader llm is not available for calls yet: the customer speaks the script with --grader offline');
}
