// Go ≥ 1.20 names the tests still running under `panic: test timed out after …`: `running tests:`,
// then a tab-indented `TestName (9m52s)` line each, before the blank line and the first goroutine.

export const RUNNING_TESTS = 'running tests:';

/** "TestGatewayTar/GET_TAR (9m52s)" under "running tests:"; the test's name is group 1. */
export const RUNNING_TEST = /^((?:Test|Benchmark|Fuzz|Example)\S*) \([0-9.]+[a-zµ]+(?:[0-9.]+[a-zµ]+)*\)$/;

/** Whether the (trimmed) line is one of those Go prints for the tests a timeout names. */
export const isRunningTestsLine = (line: string): boolean => line === RUNNING_TESTS || RUNNING_TEST.test(line);
