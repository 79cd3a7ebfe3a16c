// The operator command line: parses argv (node:util parseArgs, strict), dispatches to the
// operator operations on the data folder, and returns the exit status (2 = bad arguments).
import { intArg, positionals, USAGE, UsageError } from './cli-args';
import { operatorCommand } from './cli-commands';
import { parse, str } from './cli-parse';
import { runStart } from './cli-start';
import { defaultDataDir } from './data-dir';
import { OperatorError } from './operator';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`Error: ${e.message}`);
      io.err('Run with --help for usage.');
      return 2;
    }
    if (e instanceof OperatorError) {
      io.err(`Error: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const first = argv[0];
  const command = first === undefined || first.startsWith('-') ? 'start' : first;
  const rest = command === first ? argv.slice(1) : argv;
  const sub = rest[0] !== undefined && !rest[0].startsWith('-') ? rest[0] : undefined;
  const key = command === 'start' || command === 'help' ? command : `${command} ${sub ?? ''}`;
  const args = command === 'start' || command === 'help' ? rest : rest.slice(1);
  const done = (line: string): number => (io.out(line), 0);
  switch (key) {
    case 'help':
      return done(USAGE);
    case 'start': {
      const p = parse(args, {
        port: { type: 'string' },
        host: { type: 'string' },
        demo: { type: 'boolean' },
        simulate: { type: 'boolean' },
      });
      if (p.values.help) return done(USAGE);
      positionals(p.positionals, []);
      return runStart(
        {
          port: intArg('port', str(p, 'port'), 0, 65535) ?? 8787,
          host: str(p, 'host') ?? '127.0.0.1',
          dataDir: str(p, 'data') ?? defaultDataDir(),
          demo: p.values.demo === true,
          simulate: p.values.simulate === true,
        },
        io.out,
      );
    }
    default: {
      const code = await operatorCommand(key, args, io);
      if (code !== undefined) return code;
      throw new UsageError(`Unknown command "${[command, sub].filter(Boolean).join(' ')}".`);
    }
  }
}
