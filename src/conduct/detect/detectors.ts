// Every detector, by rule in the order of the rules table (rules.ts). Within a rule the order is the
// order of preference: a sentence's flag for a rule shows the words of the first detector that fires.
import { THIRD_PARTY_DISCLOSURE } from './rules/third-party-disclosure.js';
import { THREAT_ARREST } from './rules/threat-arrest.js';
import { THREAT_UNLAWFUL_ACTION } from './rules/threat-unlawful-action.js';
import { FALSE_STATEMENT } from './rules/false-statement.js';
import { IMPERSONATION } from './rules/impersonation.js';
import { EXCESSIVE_CONTACT } from './rules/excessive-contact.js';
import { INCONVENIENT_TIME } from './rules/inconvenient-time.js';
import { WORK_CONTACT_AFTER_TOLD } from './rules/work-contact-after-told.js';
import { IGNORING_DISPUTE_OR_CEASE } from './rules/ignoring-dispute-or-cease.js';
import { REPRESENTED_CONSUMER } from './rules/represented-consumer.js';
import { VULNERABLE_PRESSURE } from './rules/vulnerable-pressure.js';
import { BORROWING_PRESSURE } from './rules/borrowing-pressure.js';
import { SHAMING_ABUSE } from './rules/shaming-abuse.js';
import { HOLDING_ON_LINE } from './rules/holding-on-line.js';
import { SKIPPING_ID_CHECKS } from './rules/skipping-id-checks.js';
import { HIDING_COMPLAINTS_OR_BREACHES } from './rules/hiding-complaints-or-breaches.js';
import type { Detector } from './types.js';

export const DETECTORS: readonly Detector[] = [
  ...THIRD_PARTY_DISCLOSURE,
  ...THREAT_ARREST,
  ...THREAT_UNLAWFUL_ACTION,
  ...FALSE_STATEMENT,
  ...IMPERSONATION,
  ...EXCESSIVE_CONTACT,
  ...INCONVENIENT_TIME,
  ...WORK_CONTACT_AFTER_TOLD,
  ...IGNORING_DISPUTE_OR_CEASE,
  ...REPRESENTED_CONSUMER,
  ...VULNERABLE_PRESSURE,
  ...BORROWING_PRESSURE,
  ...SHAMING_ABUSE,
  ...HOLDING_ON_LINE,
  ...SKIPPING_ID_CHECKS,
  ...HIDING_COMPLAINTS_OR_BREACHES,
];
