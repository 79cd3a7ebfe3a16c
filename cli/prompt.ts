// Reading a token without echo on a terminal, or all of stdin when it is piped; and a plain
// visible question for the base URL. The token never touches argv, the screen or a log.

/** All of stdin, trimmed (for `echo "$TOKEN" | prometheux-tray login`). */
export async function readStdin(input: NodeJS.ReadStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').trim();
}

/** Asks on stderr and reads one line from the terminal; `hidden` echoes nothing. */
export function ask(
  question: string,
  hidden: boolean,
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
): Promise<string> {
  return new Promise((resolve, reject) => {
    output.write(question);
    let answer = '';
    const done = (result: string | null): void => {
      input.setRawMode?.(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      if (result === null) reject(new Error('cancelled'));
      else resolve(result.trim());
    };
    const onData = (data: Buffer | string): void => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(answer);
        if (ch === '\u0003' || ch === '\u0004') return done(null);
        if (ch === '\u007f' || ch === '\b') {
          if (answer.length > 0 && !hidden) output.write('\b \b');
          answer = answer.slice(0, -1);
          continue;
        }
        answer += ch;
        if (!hidden) output.write(ch);
      }
    };
    input.setRawMode?.(true);
    input.resume();
    input.on('data', onData);
  });
}
