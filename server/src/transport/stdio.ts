// JSON-RPC over stdin/stdout with the resynchronising reader. vscode-languageserver sets up stdio
// itself only when it reads the stream itself, so this does the two things it would do: keep
// console output off stdout, and exit when stdin ends.
import { Console } from 'node:console';
import { type MessageReader, type MessageWriter, type ResponseMessage, StreamMessageWriter } from 'vscode-languageserver/node';
import { ResyncMessageReader } from './resyncMessageReader';

/**
 * @param report logs malformed input
 * @param exitCode the exit code when stdin ends (0 after a shutdown request, as the library does)
 */
export function stdioTransport(report: (problem: string) => void, exitCode: () => number): [MessageReader, MessageWriter] {
  // Any module's console output goes to stderr: on stdout it would corrupt the JSON-RPC stream.
  globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });
  const writer = new StreamMessageWriter(process.stdout);
  const answer = (response: ResponseMessage) => void writer.write(response).catch(() => undefined);
  const reader = new ResyncMessageReader(process.stdin, answer, report);
  // The client is gone.
  const exit = () => process.exit(exitCode());
  process.stdin.on('end', exit).on('close', exit);
  return [reader, writer];
}
