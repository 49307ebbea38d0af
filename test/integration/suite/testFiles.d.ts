// Virtual module made by scripts/build-integration.mjs at build time: one entry per
// test/integration/suite/*.test.ts, in file-name order. `load()` evaluates the test file (its
// describe/it calls), so it must run after mocha has installed its globals.
declare module 'faithful:integration-test-files' {
  export const testFiles: ReadonlyArray<{ readonly file: string; readonly load: () => void }>;
}
