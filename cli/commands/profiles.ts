// `profiles list|add|use|remove`: several accounts, one active, shared with the app.
import type { ProfileView } from '../../common/ipc-contract';
import { EXIT, type ExitCode } from '../exit-codes';
import { failed, usage, type CommandContext } from '../command';
import { paint } from '../output';

function find(list: ProfileView[], idOrLabel: string): ProfileView | undefined {
  return list.find((p) => p.id === idOrLabel) ?? list.find((p) => p.label === idOrLabel);
}

export async function profiles(ctx: CommandContext): Promise<ExitCode> {
  const [sub, ...rest] = ctx.args.positionals;
  const core = ctx.core();
  const listed = await core.handlers['profiles:list']();
  if (!listed.ok) return failed(ctx, listed);
  const { profiles: all, activeProfileId } = listed.value;
  const o = ctx.out;
  switch (sub) {
    case 'list': {
      if (rest.length > 0) return usage(ctx, 'profiles list takes no arguments.');
      if (ctx.args.flags.has('json')) {
        o.out(JSON.stringify(listed.value, null, 2));
        return EXIT.ok;
      }
      if (all.length === 0) o.out('No profiles yet. Run: prometheux-tray login');
      for (const p of all) {
        const mark = p.id === activeProfileId ? paint(o, 'green', '*') : ' ';
        o.out(`${mark} ${p.label.padEnd(20)} ${p.baseUrl}  ${paint(o, 'dim', p.id)}`);
      }
      return EXIT.ok;
    }
    case 'add': {
      if (rest.length !== 1) return usage(ctx, 'profiles add takes one base URL.');
      const label = ctx.args.options.label;
      const r = await core.handlers['profiles:add']({
        baseUrl: rest[0] as string,
        ...(label ? { label } : {}),
      });
      if (!r.ok) return failed(ctx, r);
      const added = r.value.profiles.at(-1);
      o.out(`Added ${added?.label ?? 'profile'}. Sign in to it with: prometheux-tray login`);
      return EXIT.ok;
    }
    case 'use':
    case 'remove': {
      if (rest.length !== 1) return usage(ctx, `profiles ${sub} takes one profile id or label.`);
      const target = find(all, rest[0] as string);
      if (!target) return usage(ctx, `There is no profile "${rest[0]}".`);
      const channel = sub === 'use' ? 'profiles:switch' : 'profiles:remove';
      const r = await core.handlers[channel]({ id: target.id });
      if (!r.ok) return failed(ctx, r);
      o.out(sub === 'use' ? `Now using ${target.label}.` : `Removed ${target.label}.`);
      return EXIT.ok;
    }
    default:
      return usage(ctx, 'profiles needs one of: list, add, use, remove.');
  }
}
