import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES } from '../../src/base/config.js';

/**
 * No container engine runs on the build machines, so the Dockerfile and compose.yaml are never
 * built here: these tests read them and check what a deployment depends on — the image, the
 * environment contract (every variable is one the bot reads), the health checks and the
 * non-root user. CI builds the bundle the image runs and smoke-starts it against PostgreSQL.
 */

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
}

const compose = parse(read('compose.yaml'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
};
const bots = Object.entries(compose.services).filter(([, s]) => s.image?.startsWith('sco-briefing-bot'));

/** Dockerfile instructions with their arguments, continuation lines joined. */
function instructions(text: string): { op: string; args: string; stage: number }[] {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  let stage = -1;
  return lines.map((l) => {
    const [op, ...rest] = l.split(/\s+/);
    if (op!.toUpperCase() === 'FROM') stage++;
    return { op: op!.toUpperCase(), args: rest.join(' '), stage };
  });
}

describe('compose.yaml', () => {
  it('runs two replicas of the bot image beside PostgreSQL', () => {
    expect(bots.map(([name]) => name)).toHaveLength(2);
    for (const [, bot] of bots) {
      expect(bot.image).toBe('sco-briefing-bot:latest');
      expect(bot.build).toBe('.');
    }
    expect(compose.services.postgres?.image).toMatch(/^postgres:\d+/);
    expect(compose.services.postgres?.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('points every replica at the same PostgreSQL database, started and healthy first', () => {
    const urls = new Set(bots.map(([, bot]) => bot.environment?.DATABASE_URL));
    expect(urls.size).toBe(1);
    const url = new URL([...urls][0]!.replace(/\$\{POSTGRES_PASSWORD:-([^}]+)\}/, '$1'));
    expect(url.protocol).toBe('postgres:');
    expect(url.hostname).toBe('postgres');
    const pg = compose.services.postgres!.environment!;
    expect(url.username).toBe(pg.POSTGRES_USER);
    expect(url.pathname).toBe(`/${pg.POSTGRES_DB}`);
    for (const [, bot] of bots) expect(bot.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  it('sets only variables the bot reads, and checks readiness on HEALTH_PORT', () => {
    for (const [, bot] of bots) {
      for (const name of Object.keys(bot.environment ?? {})) expect(CONFIG_VARIABLES).toContain(name);
      const port = bot.environment!.HEALTH_PORT!;
      expect(bot.healthcheck?.test.join(' ')).toContain(`127.0.0.1:${port}/readyz`);
      expect(bot.ports).toContainEqual(expect.stringMatching(new RegExp(`:${port}$`)));
    }
  });
});

describe('the Dockerfile', () => {
  const steps = instructions(read('Dockerfile'));
  const last = Math.max(...steps.map((s) => s.stage));
  const final = steps.filter((s) => s.stage === last);

  it('builds the bundle in one stage and runs it from another', () => {
    expect(last).toBeGreaterThanOrEqual(1);
    expect(
      steps
        .filter((s) => s.stage < last && s.op === 'RUN')
        .map((s) => s.args)
        .join(' '),
    ).toContain('npm run build');
    expect(final.filter((s) => s.op === 'COPY').map((s) => s.args)).toContainEqual(
      expect.stringMatching(/^--from=build \/app\/dist /),
    );
    expect(final.find((s) => s.op === 'CMD')?.args).toBe('["node", "--enable-source-maps", "dist/main.js"]');
  });

  it('runs as a user other than root, with a health check on HEALTH_PORT', () => {
    const user = final.filter((s) => s.op === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const health = final.find((s) => s.op === 'HEALTHCHECK')?.args ?? '';
    expect(health).toContain('process.env.HEALTH_PORT');
    expect(health).toContain('/healthz');
    const env = final
      .filter((s) => s.op === 'ENV')
      .map((s) => s.args)
      .join(' ');
    for (const name of env.match(/\b[A-Z][A-Z_]+(?==)/g) ?? []) expect(CONFIG_VARIABLES).toContain(name);
    expect(env).toMatch(/HEALTH_PORT=\d+/);
  });

  it('puts into the image every folder the bundle reads at run time', () => {
    const copied = final.filter((s) => s.op === 'COPY').map((s) => s.args.split(' ').at(-1));
    expect(copied).toEqual(expect.arrayContaining(['./dist', './node_modules', './data', './assets']));
  });

  it('copies into the build only what the bundle is made from', () => {
    const copied = steps.filter((s) => s.stage === 0 && s.op === 'COPY').map((s) => s.args.split(' ')[0]);
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'src', 'commands', 'data']));
    expect(read('.dockerignore').split('\n')).toEqual(expect.arrayContaining(['node_modules', '.env']));
  });
});

describe('the systemd unit', () => {
  const unit = read('deploy/sco-bot.service');
  const value = (key: string) => unit.match(new RegExp(`^${key}=(.*)$`, 'm'))?.[1];

  it('runs the bundle as its own user, restarts it on failure, and stops it with SIGTERM', () => {
    expect(value('ExecStart')).toMatch(/node .*dist\/main\.js$/);
    expect(value('User')).toBe('sco-bot');
    expect(value('Restart')).toBe('on-failure');
    expect(value('KillSignal')).toBe('SIGTERM');
    expect(value('EnvironmentFile')).toBeDefined();
    for (const line of unit.match(/^Environment=(\w+)=/gm) ?? [])
      expect(CONFIG_VARIABLES).toContain(line.slice('Environment='.length, -1));
  });
});

describe('docs/deploy.md', () => {
  it('walks through compose and systemd, and names every variable the files set', () => {
    const doc = read('docs/deploy.md');
    expect(doc).toContain('docker compose up');
    expect(doc).toContain('systemctl enable --now sco-bot');
    for (const name of ['DATABASE_URL', 'HEALTH_PORT', '/healthz', '/readyz', '/metrics']) expect(doc).toContain(name);
  });
});
