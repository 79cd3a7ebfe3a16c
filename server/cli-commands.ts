// The operator commands other than `start`: users, tokens, limits and usage on the data
// folder. Returns undefined for a command it does not know.
import { positionals, roleArg, USAGE, intArg } from './cli-args';
import { AMOUNTS, amounts, parse, str, withOps } from './cli-parse';
import type { CliIo } from './cli-main';
import { OperatorError, type OperatorOps } from './operator';

export async function operatorCommand(
  key: string,
  args: string[],
  io: CliIo,
): Promise<number | undefined> {
  const done = (line: string): number => (io.out(line), 0);
  switch (key) {
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
      return undefined;
  }
}

function describeUsage(org: string, user: string, u: ReturnType<OperatorOps['getUsage']>): string {
  if (!u) return `No usage for ${user} in ${org}.`;
  const l = u.llm_usage;
  const e = u.embedding_usage;
  return `${org}/${user}: llm ${l.current}/${l.limit}, embedding ${e.current}/${e.limit}`;
}
