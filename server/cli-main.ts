// The operator command line: parses argv (node:util parseArgs, strict), dispatches to the
// operator operations on the data folder, and returns the exit status (2 = bad arguments).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { intArg, positionals, roleArg, USAGE, UsageError } from './cli-args';
import { runStart } from './cli-start';
import { defaultDataDir } from './data-dir';
import { openOperator, OperatorError, type OperatorOps } from './operator';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

type Options = NonNullable<ParseArgsConfig['options']>;
const COMMON: Options = { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
const AMOUNTS: Options = { llm: { type: 'string' }, embedding: { type: 'string' } };

function parse(args: string[], extra: Options = {}) {
  try {
    return parseArgs({
      args,
      options: { ...COMMON, ...extra },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

type Parsed = ReturnType<typeof parse>;
const str = (p: Parsed, k: string): string | undefined => {
  const v = p.values[k];
  return typeof v === 'string' ? v : undefined;
};

function amounts(p: Parsed): { llm?: number; embedding?: number } {
  const llm = intArg('llm', str(p, 'llm'));
  const embedding = intArg('embedding', str(p, 'embedding'));
  if (llm === undefined && embedding === undefined) {
    throw new UsageError('Give --llm N and/or --embedding N.');
  }
  return {
    ...(llm !== undefined ? { llm } : {}),
    ...(embedding !== undefined ? { embedding } : {}),
  };
}

/** Runs one operator command against the data folder. */
async function withOps<T>(p: Parsed, f: (ops: OperatorOps) => T | Promise<T>): Promise<T> {
  const opened = openOperator(str(p, 'data') ?? defaultDataDir());
  try {
    return await f(opened.ops);
  } finally {
    opened.close();
  }
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
    case 'user create': {
      const p = parse(args, { role: { type: 'string' } });
      if (p.values.help) return done(USAGE);
      const [org, user] = positionals(p.positionals, ['ORG', 'USER']) as [string, string];
      const role = roleArg(str(p, 'role'));
      await withOps(p, (ops) => ops.createUser(org, user, role));
      return done(`User ${user} in ${org} has role ${role}.`);
    }
    case 'token issue': {
      const p = parse(args, { name: { type: 'string' }, 'expires-in-minutes': { type: 'string' } });
      if (p.values.help) return done(USAGE);
      const [org, user] = positionals(p.positionals, ['ORG', 'USER']) as [string, string];
      const minutes = intArg('expires-in-minutes', str(p, 'expires-in-minutes'), 0, 525_600);
      const name = str(p, 'name');
      const t = await withOps(p, (ops) =>
        ops.issueToken(org, user, { ...(name ? { name } : {}), expiresInMinutes: minutes ?? null }),
      );
      io.out(`token:   ${t.token}`);
      io.out(`jti:     ${t.jti}`);
      return done(`expires: ${t.expires_at ?? 'never'}`);
    }
    case 'token list': {
      const p = parse(args);
      if (p.values.help) return done(USAGE);
      const [org, user] = positionals(p.positionals, ['ORG', 'USER']) as [string, string];
      const list = await withOps(p, (ops) => ops.listTokens(org, user));
      if (list.length === 0) return done(`No tokens for ${user} in ${org}.`);
      for (const t of list) {
        const state = t.revoked ? 'revoked' : `expires ${t.expires_at ?? 'never'}`;
        io.out(`${t.jti}  ${t.name}  created ${t.created_at}  ${state}`);
      }
      return 0;
    }
    case 'token revoke': {
      const p = parse(args);
      if (p.values.help) return done(USAGE);
      const [jti] = positionals(p.positionals, ['JTI']) as [string];
      const revoked = await withOps(p, (ops) => ops.revokeToken(jti));
      if (!revoked) throw new OperatorError(`No live token with id ${jti}.`);
      return done(`Revoked ${jti}.`);
    }
    case 'limits set':
    case 'usage set':
    case 'usage add': {
      const p = parse(args, AMOUNTS);
      if (p.values.help) return done(USAGE);
      const [org, user] = positionals(p.positionals, ['ORG', 'USER']) as [string, string];
      const a = amounts(p);
      const usage = await withOps(p, (ops) => {
        if (key === 'limits set') ops.setLimits(org, user, a);
        else if (key === 'usage set') ops.setUsage(org, user, a);
        else ops.addUsage(org, user, a);
        return ops.getUsage(org, user);
      });
      return done(describeUsage(org, user, usage));
    }
    case 'usage reset': {
      const p = parse(args);
      if (p.values.help) return done(USAGE);
      const [org, user] = positionals(p.positionals, ['ORG', 'USER']) as [string, string];
      const usage = await withOps(p, (ops) => (ops.resetUsage(org, user), ops.getUsage(org, user)));
      return done(describeUsage(org, user, usage));
    }
    default:
      throw new UsageError(`Unknown command "${[command, sub].filter(Boolean).join(' ')}".`);
  }
}

function describeUsage(org: string, user: string, u: ReturnType<OperatorOps['getUsage']>): string {
  if (!u) return `No usage for ${user} in ${org}.`;
  const l = u.llm_usage;
  const e = u.embedding_usage;
  return `${org}/${user}: llm ${l.current}/${l.limit}, embedding ${e.current}/${e.limit}`;
}
