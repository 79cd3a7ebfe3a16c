// Runtime validators, one per invoke channel: `unknown` in, `Result<Args>` out. Every
// transport (ipcMain in the shell, the preview's WebSocket) runs these before a handler,
// because a compromised or buggy page may send anything.
import type { InvokeArgs, InvokeChannel } from './ipc-contract';
import {
  IPC_LIMITS as L,
  bool,
  first,
  intIn,
  obj,
  oneOf,
  onlyKeys,
  str,
  thresholds,
} from './ipc-guards';
import type { Check } from './ipc-guards';
import { fail, ok } from './result';
import type { Result } from './result';
import { MAX_CONFIG_BODY_BYTES, SCOPES, isPlainObject } from './users-api';

type Rec = Record<string, unknown>;
type Validator<C extends InvokeChannel> = (raw: unknown) => Result<InvokeArgs<C>>;

/** Channels without arguments accept only undefined or null (JSON has no undefined). */
function none<C extends InvokeChannel>(): Validator<C> {
  return (raw) =>
    raw === undefined || raw === null
      ? ok(undefined as InvokeArgs<C>)
      : fail('invalid_input', 'This request takes no arguments.');
}

/** An object validator: shape check, allowed keys, then the channel's own rules. */
function shape<C extends InvokeChannel>(
  keys: readonly string[],
  rules: (v: Rec) => Check,
): Validator<C> {
  return (raw) => {
    const problem = first(obj(raw, 'The request'));
    if (problem) return fail('invalid_input', problem);
    const v = raw as Rec;
    const err = first(onlyKeys(v, keys), rules(v));
    return err ? fail('invalid_input', err) : ok(v as InvokeArgs<C>);
  };
}

const scope = (v: Rec): Check => oneOf(v.scope, 'scope', SCOPES);
const id = (v: Rec): Check => str(v.id, 'Profile id', L.id);

function configData(value: unknown): Check {
  if (!isPlainObject(value)) return 'The configuration must be a JSON object.';
  if (Object.keys(value).some((k) => k.length > L.configKey)) return 'A key is too long.';
  let size: number;
  try {
    size = new TextEncoder().encode(JSON.stringify(value)).length;
  } catch {
    return 'The configuration must be plain JSON.';
  }
  return size > MAX_CONFIG_BODY_BYTES ? 'The configuration is larger than 64 KiB.' : null;
}

function choice(value: unknown): Check {
  if (value === 'mine' || value === 'theirs') return null;
  if (!isPlainObject(value) || first(onlyKeys(value, ['merge']), obj(value.merge, 'merge'))) {
    return 'choice must be "mine", "theirs" or { merge: { key: "mine" | "theirs" } }.';
  }
  const entries = Object.entries(value.merge as Rec);
  if (entries.some(([k, side]) => k.length > L.configKey || (side !== 'mine' && side !== 'theirs')))
    return 'Each merged key must take "mine" or "theirs".';
  return null;
}

function settingsPatch(v: Rec): Check {
  const alerts = v.alerts;
  if (alerts !== undefined) {
    const a = first(obj(alerts, 'alerts'));
    if (a) return a;
    const al = alerts as Rec;
    const t = al.thresholds;
    return first(
      onlyKeys(al, ['thresholds', 'notificationsEnabled']),
      bool(al.notificationsEnabled, 'notificationsEnabled', true),
      t === undefined
        ? null
        : first(obj(t, 'thresholds'), onlyKeys(t as Rec, ['llm', 'embedding'])),
      t === undefined ? null : thresholds((t as Rec).llm, 'LLM thresholds'),
      t === undefined ? null : thresholds((t as Rec).embedding, 'Embedding thresholds'),
    );
  }
  return null;
}

/** One validator per channel; `satisfies` makes a missing channel a compile error. */
export const IPC_VALIDATORS: { [C in InvokeChannel]: Validator<C> } = {
  'snapshot:get': none(),
  'usage:refresh': none(),
  'auth:test-connection': shape(['baseUrl', 'token'], (v) =>
    first(str(v.baseUrl, 'Base URL', L.url), str(v.token, 'Token', L.token)),
  ),
  'auth:sign-in': shape(['baseUrl', 'token', 'label', 'profileId'], (v) =>
    first(
      str(v.baseUrl, 'Base URL', L.url),
      str(v.token, 'Token', L.token),
      str(v.label, 'Label', L.label, { optional: true, nonEmpty: false }),
      str(v.profileId, 'Profile id', L.id, { optional: true }),
    ),
  ),
  'auth:sign-out': none(),
  'demo:start': none(),
  'profiles:list': none(),
  'profiles:add': shape(['baseUrl', 'label'], (v) =>
    first(
      str(v.baseUrl, 'Base URL', L.url),
      str(v.label, 'Label', L.label, { optional: true, nonEmpty: false }),
    ),
  ),
  'profiles:switch': shape(['id'], id),
  'profiles:remove': shape(['id'], id),
  'config:load': shape(['scope'], scope),
  'config:update-draft': shape(['scope', 'data'], (v) => first(scope(v), configData(v.data))),
  'config:discard-draft': shape(['scope'], scope),
  'config:save': shape(['scope'], scope),
  'config:resolve-conflict': shape(['scope', 'choice'], (v) => first(scope(v), choice(v.choice))),
  'settings:get': none(),
  'settings:set': shape(['refreshIntervalSeconds', 'alerts', 'launchAtLogin'], (v) =>
    first(
      v.refreshIntervalSeconds === undefined
        ? null
        : intIn(v.refreshIntervalSeconds, 'Refresh interval', 10, 86_400),
      bool(v.launchAtLogin, 'launchAtLogin', true),
      settingsPatch(v),
    ),
  ),
  'alerts:snooze': shape(['until'], (v) => oneOf(v.until, 'until', ['1h', 'tomorrow', null])),
  'history:get': none(),
  'window:open-preferences': shape(['tab'], (v) =>
    v.tab === undefined ? null : oneOf(v.tab, 'tab', ['account', 'config', 'alerts', 'app']),
  ),
  'window:open-sign-in': none(),
  'window:open-external': shape(['url'], (v) => {
    const s = str(v.url, 'URL', L.url);
    if (s) return s;
    return /^https:\/\/[^\s]+$/i.test(v.url as string) ? null : 'Only https links can be opened.';
  }),
  'app:quit': none(),
};

/** Validates `raw` for `channel`; an unknown channel name is itself a failure. */
export function validateArgs<C extends InvokeChannel>(
  channel: C,
  raw: unknown,
): Result<InvokeArgs<C>> {
  const validator = Object.hasOwn(IPC_VALIDATORS, channel) ? IPC_VALIDATORS[channel] : undefined;
  if (!validator) return fail('invalid_input', 'Unknown request.');
  return validator(raw);
}

/** Whether a string from the wire names one of the contract's channels. */
export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && Object.hasOwn(IPC_VALIDATORS, name);
}
