// Reads one test suite's log and prints "passed failed" for build-wasm.sh's summary line.
// Knows doctest's, CTest's and node:test's (TAP and spec) summary lines.
import { readFileSync } from 'node:fs';

const [, , suite, logFile] = process.argv;
const log = readFileSync(logFile, 'utf8');
let passed = 0, failed = 0;

const doctest = [...log.matchAll(/\[doctest\] test cases:\s*(\d+)\s*\|\s*(\d+) passed\s*\|\s*(\d+) failed/g)];
const ctest = log.match(/(\d+)% tests passed, (\d+) tests? failed out of (\d+)/);
const nodePass = log.match(/^[#ℹ] pass (\d+)/m);
const nodeFail = log.match(/^[#ℹ] fail (\d+)/m);

if (doctest.length > 0) {
  for (const m of doctest) { passed += Number(m[2]); failed += Number(m[3]); }
} else if (ctest) {
  failed = Number(ctest[2]);
  passed = Number(ctest[3]) - failed;
} else if (nodePass || nodeFail) {
  passed = Number(nodePass ? nodePass[1] : 0);
  failed = Number(nodeFail ? nodeFail[1] : 0);
} else {
  console.error(`${suite}: no test summary found in ${logFile}`);
  failed = 1;
}
console.log(`${passed} ${failed}`);
