/** Whether the tests run under CI (CI=true or 1): there, what would be skipped locally fails instead. */
export const isCI = process.env.CI === 'true' || process.env.CI === '1';
