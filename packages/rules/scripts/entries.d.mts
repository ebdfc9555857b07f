/** Types of entries.mjs (used by the build and by test/entries.test.ts). */
export declare const policyEntries: Readonly<Record<string, string>>;
