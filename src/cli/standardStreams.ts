// The CLI's standard output and error, each set up once.
// `goprof top … | head` closes the pipe early: the reader has what it wanted, so the process stops
// quietly (as a Unix tool killed by SIGPIPE would) instead of a stack trace for the unhandled EPIPE.
// Standard error is set up on its first use only: making `process.stderr` loads Node's net and tty
// modules when it is a pipe or a terminal (~1 ms of the main thread, docs/benchmarks.md), which a
// run that writes no warning or error never needs.

function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return stream;
}

let output: NodeJS.WriteStream | undefined;
let errors: NodeJS.WriteStream | undefined;

export function standardOutput(): NodeJS.WriteStream {
  return output ??= endQuietlyOnClosedPipe(process.stdout);
}

export function standardError(): NodeJS.WriteStream {
  return errors ??= endQuietlyOnClosedPipe(process.stderr);
}
