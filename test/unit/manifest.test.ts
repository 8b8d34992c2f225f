import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvImport from 'ajv';
import addFormatsImport from 'ajv-formats';
import { isScalar, isSeq, parse, parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

// ajv and ajv-formats are CommonJS; depending on the loader the default import is
// either the export itself or a namespace carrying it as `.default`.
type AjvClass = typeof AjvImport.default;
type AddFormats = typeof addFormatsImport.default;
const Ajv: AjvClass = (AjvImport as unknown as { default?: AjvClass }).default ?? (AjvImport as unknown as AjvClass);
const addFormats: AddFormats =
  (addFormatsImport as unknown as { default?: AddFormats }).default ?? (addFormatsImport as unknown as AddFormats);

const MANIFEST_PATH = fileURLToPath(new URL('../../manifest.yml', import.meta.url));
const SCHEMA_PATH = fileURLToPath(new URL('../fixtures/slack/manifest.schema.1.0.0.json', import.meta.url));

const EXPECTED_COMMANDS = [
  '/hexin',
  '/checkin',
  '/goal',
  '/role',
  '/kudos',
  '/feedback',
  '/pulse',
  '/scorecard',
  '/coffee',
  '/digest',
];

// Scopes a bot event cannot be delivered without (any one of the listed scopes).
const EVENT_SCOPES: Record<string, string[]> = {
  app_home_opened: [],
  member_joined_channel: ['channels:read', 'groups:read'],
  member_left_channel: ['channels:read', 'groups:read'],
  user_change: ['users:read'],
  reaction_added: ['reactions:read'],
  'message.im': ['im:history'],
  'message.channels': ['channels:history'],
  'message.groups': ['groups:history'],
  file_shared: ['files:read'],
  app_uninstalled: [],
  tokens_revoked: [],
};

interface SlashCommand {
  command: string;
  description?: string;
  usage_hint?: string;
  should_escape?: boolean;
  url?: string;
}

interface Manifest {
  features: { slash_commands: SlashCommand[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] } };
  [key: string]: unknown;
}

function makeValidator() {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return { ajv, validate: ajv.compile(schema) };
}

function mentionsUserOrChannel(usageHint: string | undefined): boolean {
  return usageHint !== undefined && /(^|[\s[(|])[@#][\w-]/u.test(usageHint);
}

describe('Slack app manifest', () => {
  let rawYaml: string;
  let manifest: Manifest;
  let validator: ReturnType<typeof makeValidator>;

  beforeAll(() => {
    rawYaml = readFileSync(MANIFEST_PATH, 'utf8');
    manifest = parse(rawYaml) as Manifest;
    validator = makeValidator();
  });

  it("when manifest.yml is validated against Slack's schema, then it is valid", () => {
    const ok = validator.validate(manifest);
    if (!ok) {
      console.error(JSON.stringify(validator.validate.errors, null, 2));
    }
    expect(validator.ajv.errorsText(validator.validate.errors)).toBe('No errors');
    expect(ok).toBe(true);
  });

  it('when the slash commands are listed, then they are exactly the ten product commands', () => {
    const names = manifest.features.slash_commands.map((c) => c.command);
    expect([...names].sort()).toEqual([...EXPECTED_COMMANDS].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('when a slash command is declared, then it has a description, a usage hint and the HTTP url', () => {
    for (const cmd of manifest.features.slash_commands) {
      expect(cmd.description, cmd.command).toBeTruthy();
      expect(cmd.usage_hint, cmd.command).toBeTruthy();
      expect(cmd.url, cmd.command).toBe('https://hexin.example.com/slack/events');
    }
  });

  it('when a usage hint names a user or channel, then the command escapes mentions', () => {
    const naming = manifest.features.slash_commands.filter((c) => mentionsUserOrChannel(c.usage_hint));
    // Guard against a vacuous pass: these commands must take mentions.
    expect(naming.map((c) => c.command).sort()).toEqual(expect.arrayContaining(['/hexin', '/kudos', '/role']));
    for (const cmd of naming) {
      expect(cmd.should_escape, `${cmd.command} should_escape`).toBe(true);
    }
  });

  it('when a bot scope is listed, then the same line carries a comment explaining why', () => {
    const doc = parseDocument(rawYaml);
    const seq = doc.getIn(['oauth_config', 'scopes', 'bot'], true);
    expect(isSeq(seq)).toBe(true);
    if (!isSeq(seq)) return;
    expect(seq.items.length).toBeGreaterThan(0);

    const lineStarts = [0];
    for (let i = 0; i < rawYaml.length; i++) if (rawYaml[i] === '\n') lineStarts.push(i + 1);
    const lineAt = (offset: number): string => {
      let idx = 0;
      while (idx + 1 < lineStarts.length && (lineStarts[idx + 1] ?? Infinity) <= offset) idx++;
      const start = lineStarts[idx] ?? 0;
      const end = rawYaml.indexOf('\n', start);
      return rawYaml.slice(start, end === -1 ? undefined : end);
    };

    for (const item of seq.items) {
      expect(isScalar(item)).toBe(true);
      if (!isScalar(item) || !item.range) continue;
      const line = lineAt(item.range[0]);
      const scope = String(item.value);
      expect(line, `scope ${scope}`).toMatch(
        new RegExp(`^\\s*-\\s+${scope.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+#\\s*\\S.{5,}`),
      );
    }
  });

  it('when a bot event needs a scope, then that scope is declared', () => {
    const scopes = new Set(manifest.oauth_config.scopes.bot);
    for (const event of manifest.settings.event_subscriptions.bot_events) {
      const needs = EVENT_SCOPES[event];
      expect(needs, `unexpected bot event ${event}`).toBeDefined();
      if (needs && needs.length > 0) {
        expect(
          needs.some((s) => scopes.has(s)),
          `${event} needs one of ${needs.join(', ')}`,
        ).toBe(true);
      }
    }
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(Object.keys(EVENT_SCOPES).sort());
  });

  it('when a command loses its description, then the schema rejects the manifest', () => {
    const broken = structuredClone(manifest);
    const first = broken.features.slash_commands[0];
    expect(first).toBeDefined();
    if (first) delete first.description;
    expect(validator.validate(broken)).toBe(false);
    expect(validator.validate.errors?.some((e) => e.keyword === 'required')).toBe(true);
  });

  it('when an unknown top-level key is added, then the schema rejects the manifest', () => {
    const broken = { ...structuredClone(manifest), not_a_manifest_key: true };
    expect(validator.validate(broken)).toBe(false);
    expect(validator.validate.errors?.some((e) => e.keyword === 'additionalProperties')).toBe(true);
  });
});
