import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';

/**
 * A Node replica of the W3C web-annotation test harness (wpt `annotation-model/scripts/JSONtest.js`):
 * one Ajv instance with `allErrors` and `validateSchema: false`, every file of `definitions/` added
 * up front, each assertion file named in a `.test` compiled and run against the input, its result
 * compared with `expectedResult` (default "valid"), and `onUnexpectedResult` deciding whether the
 * remaining assertions are skipped or aborted.
 */

const root = fileURLToPath(new URL('../../fixtures/w3c-annotation-schemas/', import.meta.url));

/** Reads a file under the copied schemas folder, parsed as JSON. */
export function readSchemaFile(path: string): unknown {
  return JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
}

/** Names of the JSON sample files in `samples-official/<kind>/`. */
export function sampleNames(kind: 'correct' | 'incorrect'): string[] {
  return readdirSync(`${root}samples-official/${kind}`).filter((f) => f.endsWith('.json'));
}

/** The raw text of one official sample (some incorrect samples are not even JSON). */
export function readSample(kind: 'correct' | 'incorrect', name: string): string {
  return readFileSync(`${root}samples-official/${kind}/${name}`, 'utf8');
}

// The harness ran Ajv 4/5, whose default ("fast") formats were these two regular expressions. Ajv 8
// ships no formats, so we give it the same ones rather than a stricter or looser reading.
const FAST_URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;
const FAST_DATE_TIME =
  /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i;

function makeAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, validateSchema: false, strict: false });
  ajv.addFormat('uri', FAST_URI);
  ajv.addFormat('date-time', FAST_DATE_TIME);
  const defs = readdirSync(`${root}definitions`).filter((f) => f.endsWith('.json'));
  ajv.addSchema(defs.map((f) => readSchemaFile(`definitions/${f}`) as object));
  return ajv;
}

const ajv = makeAjv();
const compiled = new Map<string, ValidateFunction>();

interface Assertion {
  expectedResult?: 'valid' | 'invalid';
  onUnexpectedResult?: string;
  title?: string;
}

/** The outcome of one assertion of a `.test` file. */
export interface AssertionOutcome {
  file: string;
  status: 'pass' | 'fail' | 'skipped';
  errors?: string;
}

type TestAction = 'continue' | 'skip' | 'abort';

function actionAfter(assertion: Assertion, passed: boolean): TestAction {
  if (passed) return 'continue';
  const mapping: Record<string, TestAction> = {
    failAndContinue: 'continue',
    failAndSkip: 'skip',
    failAndAbort: 'abort',
    passAndContinue: 'continue',
    passAndSkip: 'skip',
    passAndAbort: 'abort',
  };
  return mapping[assertion.onUnexpectedResult ?? 'failAndContinue'] ?? 'continue';
}

/**
 * Runs every assertion listed in a `.test` file (path relative to the schemas folder) against
 * `content`, in order, as the W3C harness does.
 */
export function runW3CTest(testFile: string, content: unknown): AssertionOutcome[] {
  const test = readSchemaFile(testFile) as { assertions: unknown[] };
  const outcomes: AssertionOutcome[] = [];
  let action: TestAction = 'continue';
  for (const ref of test.assertions) {
    // Every assertion in the copied suite is a plain file reference; nested lists or inline
    // condition objects would need the harness's recursion, so refuse them loudly.
    if (typeof ref !== 'string') throw new Error(`unsupported assertion form in ${testFile}`);
    if (action !== 'continue') {
      outcomes.push({ file: ref, status: 'skipped' });
      continue;
    }
    const schema = readSchemaFile(ref) as Assertion & object;
    let validate = compiled.get(ref);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(ref, validate);
    }
    const valid = validate(content) === true;
    const expected = schema.expectedResult ?? 'valid';
    const passed = (expected === 'valid') === valid;
    action = actionAfter(schema, passed);
    outcomes.push(
      passed
        ? { file: ref, status: 'pass' }
        : { file: ref, status: 'fail', errors: ajv.errorsText(validate.errors) },
    );
  }
  return outcomes;
}

/** The assertions of a run that did not pass (failed or skipped after a failure). */
export function notPassed(outcomes: AssertionOutcome[]): AssertionOutcome[] {
  return outcomes.filter((o) => o.status !== 'pass');
}
