// Property: whatever sequence of saves, loads, usage changes and cross-tenant attempts
// several users in several orgs perform, each one only ever sees their own config and
// usage (and their own org's shared config), exactly as a simple model predicts.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_PATHS, type Scope } from '../common/users-api';
import { call, startTestServer, type TestServer } from './testing/harness';

const PEOPLE = [
  { org: 'o1', user: 'ann', role: 'user' },
  { org: 'o1', user: 'bea', role: 'admin' },
  { org: 'o2', user: 'cid', role: 'user' },
  { org: 'o2', user: 'dan', role: 'admin' },
] as const;
type Who = 0 | 1 | 2 | 3;
const who = fc.constantFrom<Who>(0, 1, 2, 3);
const scope = fc.constantFrom<Scope>('user', 'organization');

const command = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), who, scope, value: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('load' as const), who, scope }),
  fc.record({ kind: fc.constant('usage' as const), who }),
  fc.record({
    kind: fc.constant('setUsage' as const),
    who,
    llm: fc.nat(5000),
    embedding: fc.nat(5000),
  }),
  fc.record({ kind: fc.constant('peek' as const), who, target: who }),
);

let t: TestServer;
let run = 0;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.server.close());

it('no tenant ever sees another tenant’s config or usage', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (cmds) => {
      run++;
      const people = PEOPLE.map((p) => ({ ...p, org: `${p.org}-r${run}` }));
      const tokens = await Promise.all(people.map((p) => t.tokenFor(p.org, p.user, p.role)));
      const userCfg = new Map<number, unknown>();
      const orgCfg = new Map<string, unknown>();
      const usage = new Map<number, { llm: number; embedding: number }>();
      const base = (i: number): string => t.server.baseUrl(people[i]!.org, people[i]!.user);
      for (const c of cmds) {
        const me = people[c.who]!;
        const token = tokens[c.who]!;
        if (c.kind === 'save') {
          const config = { owner: `${me.org}/${me.user}`, value: c.value };
          const r = await call(base(c.who) + API_PATHS.saveConfig, 'POST', {
            token,
            body: { config_data: config, scope: c.scope },
          });
          if (c.scope === 'organization' && me.role !== 'admin') {
            expect(r.status).toBe(403);
          } else {
            expect(r.status).toBe(200);
            if (c.scope === 'user') userCfg.set(c.who, config);
            else orgCfg.set(me.org, config);
          }
        } else if (c.kind === 'load') {
          const r = await call(`${base(c.who)}${API_PATHS.loadConfig}?scope=${c.scope}`, 'GET', {
            token,
          });
          expect(r.status).toBe(200);
          const expected = c.scope === 'user' ? userCfg.get(c.who) : orgCfg.get(me.org);
          expect((r.json as { data: unknown }).data).toEqual(expected ?? {});
        } else if (c.kind === 'usage') {
          const r = await call(base(c.who) + API_PATHS.usageStatus, 'GET', { token });
          const u = usage.get(c.who) ?? { llm: 0, embedding: 0 };
          expect((r.json as { data: unknown }).data).toMatchObject({
            llm_usage: { current: u.llm },
            embedding_usage: { current: u.embedding },
          });
        } else if (c.kind === 'setUsage') {
          t.server.ops.setUsage(me.org, me.user, { llm: c.llm, embedding: c.embedding });
          usage.set(c.who, { llm: c.llm, embedding: c.embedding });
        } else {
          for (const path of [API_PATHS.loadConfig, API_PATHS.usageStatus, API_PATHS.getRole]) {
            const r = await call(base(c.target) + path, 'GET', { token });
            expect(r.status).toBe(c.target === c.who ? 200 : 403);
            if (c.target !== c.who) expect((r.json as { data: unknown }).data).toBeNull();
          }
        }
      }
    }),
    { numRuns: 25 },
  );
});
