/** P02 prescribes no sanction for any of its rules: a breach is a finding to correct. */
export const NO_SANCTION = { en: 'to be corrected; the policy prescribes no sanction', zh: '须整改，本制度未规定处罚' };
