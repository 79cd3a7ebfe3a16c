// Entry of `npm run server -- <command>`; see cli-main.ts for the commands.
import { runCli } from './cli-main';

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
process.exitCode = code;
