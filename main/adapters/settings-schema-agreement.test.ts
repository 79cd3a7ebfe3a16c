// The hand-written validator in core and the JSON schema that conf (ajv) enforces on every
// write must agree: whatever core accepts, conf must store. Checked over generated docs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSettings, SETTINGS_SCHEMA_VERSION } from '../core/settings/settings-schema';
import { validateSettings } from '../core/settings/validate-settings';
import { ConfSettingsFile } from './conf-settings-file';

const dir = mkdtempSync(join(tmpdir(), 'ptray-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = new ConfSettingsFile({ cwd: dir });

const anything = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
/** Mostly valid values, sometimes anything: so both accepted and refused documents occur. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: anything, weight: 1 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 6 });
const thresholds = mostly(
  fc.array(mostly(fc.double({ min: 0.5, max: 100, noNaN: true })), { maxLength: 10 }),
);
const int = (min: number, max: number) => fc.integer({ min, max });
const docArb = fc.record(
  {
    schemaVersion: mostly(fc.constant(SETTINGS_SCHEMA_VERSION)),
    refreshIntervalSeconds: mostly(int(5, 90_000)),
    alerts: maybe(
      fc.record(
        {
          thresholds: maybe(
            fc.record({ llm: thresholds, embedding: thresholds }, { requiredKeys: [] }),
          ),
          notificationsEnabled: mostly(fc.boolean()),
          snoozeUntil: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            fc.string(),
            fc.constant(null),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    launchAtLogin: mostly(fc.boolean()),
    window: maybe(
      fc.record(
        {
          width: mostly(int(50, 5000)),
          height: mostly(int(50, 5000)),
          x: mostly(fc.option(int(-5000, 5000))),
          y: mostly(fc.option(int(-5000, 5000))),
        },
        { requiredKeys: [] },
      ),
    ),
    profiles: maybe(
      fc.array(
        fc.record({
          id: mostly(fc.string({ minLength: 1 })),
          label: mostly(fc.string()),
          baseUrl: mostly(fc.webUrl()),
          org: mostly(fc.option(fc.string())),
          user: mostly(fc.option(fc.string())),
        }),
        { maxLength: 3 },
      ),
    ),
    activeProfileId: fc.option(fc.string()),
  },
  { requiredKeys: ['schemaVersion'] },
);

describe('settings schema agreement', () => {
  it('conf stores every document core accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(docArb, (doc) => {
        const valid = validateSettings(doc);
        if (!valid.ok) return;
        accepted += 1;
        expect(() => file.write(valid.value)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(20);
    console.log('ACCEPTED', accepted);
  });

  it('conf refuses a write that breaks the schema, even if core were bypassed', () => {
    const bad = { ...defaultSettings(), refreshIntervalSeconds: 1 };
    expect(() => file.write(bad)).toThrow(/schema violation/);
    const badDate = {
      ...defaultSettings(),
      alerts: { ...defaultSettings().alerts, snoozeUntil: 'tomorrow' },
    };
    expect(() => file.write(badDate)).toThrow(/schema violation/);
  });
});
