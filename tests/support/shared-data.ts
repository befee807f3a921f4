/**
 * For test files that only read: keep what beforeAll seeded instead of
 * starting every test from an empty database. Call at the top of the file.
 */
export function keepDatabaseBetweenTests() {
  (globalThis as { keepDatabaseBetweenTests?: boolean }).keepDatabaseBetweenTests = true;
}
