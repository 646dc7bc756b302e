import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL cluster in a temporary folder, for the tests and the benches: initdb,
 * pg_ctl start on a free loopback port (trust auth, durability off: nothing here must survive),
 * and a stop that removes the folder. The server binaries are found on this machine (PG_BIN,
 * pg_config, Debian's /usr/lib/postgresql/<version>/bin, or PATH); as root the cluster runs as
 * the `postgres` user, because initdb refuses root. Anything missing is one clear error.
 */

export interface Cluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  stop(): void;
}

class ClusterError extends Error {
  override readonly name = 'ClusterError';
}

const INSTALL_HINT =
  'Install the PostgreSQL server (Debian: apt-get install -y postgresql; .ci/run does this) or set PG_BIN to the folder holding initdb and pg_ctl.';

function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string {
  const has = (dir: string | undefined): dir is string =>
    Boolean(dir) && existsSync(join(dir!, 'initdb')) && existsSync(join(dir!, 'pg_ctl'));
  if (env.PG_BIN) {
    if (has(env.PG_BIN)) return env.PG_BIN;
    throw new ClusterError(`PG_BIN=${env.PG_BIN} has no initdb and pg_ctl. ${INSTALL_HINT}`);
  }
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromConfig.status === 0 && has(fromConfig.stdout.trim())) return fromConfig.stdout.trim();
  // Debian keeps the server outside PATH, one folder per major version: take the newest.
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (has(join(debian, v, 'bin'))) return join(debian, v, 'bin');
  }
  for (const dir of (env.PATH ?? '').split(':')) if (has(dir)) return dir;
  throw new ClusterError(`No PostgreSQL server binaries (initdb, pg_ctl) found. ${INSTALL_HINT}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster(options: { bin?: string; maxConnections?: number } = {}): Promise<Cluster> {
  const bin = options.bin ?? findPostgresBin();
  const asRoot = process.getuid?.() === 0;
  let owner: { uid: number; gid: number } | undefined;
  if (asRoot) {
    const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    const uid = id('-u');
    if (uid.status !== 0)
      throw new ClusterError(
        `Running as root, and initdb refuses root, but there is no 'postgres' user to run it as. ${INSTALL_HINT}`,
      );
    owner = { uid: Number(uid.stdout.trim()), gid: Number(id('-g').stdout.trim()) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'sco-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]]
      : [join(bin, cmd), args];
    const result = spawnSync(file, argv, { encoding: 'utf8', cwd: dir });
    return {
      ok: result.status === 0,
      output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
    };
  };
  const fail = (what: string, output: string): never => {
    const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
    rmSync(dir, { recursive: true, force: true });
    throw new ClusterError(
      `Could not ${what} a throwaway PostgreSQL cluster with ${bin}:\n${output.trim()}${serverLog ? `\nserver log:\n${serverLog}` : ''}`,
    );
  };

  // C.UTF-8: byte order for sorting, but Unicode case rules, so lower() and pg_trgm fold Cyrillic too.
  const init = run('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
    '--no-instructions',
  ]);
  if (!init.ok) fail('initialise', init.output);

  // A port found free can be taken before the server binds it: try a few.
  for (let tries = 1; ; tries++) {
    const port = await freePort();
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      `-c max_connections=${options.maxConnections ?? 400}`,
      '-c shared_buffers=64MB',
      // Throwaway databases need no vacuuming; one less background process competing with timing tests.
      '-c autovacuum=off',
    ].join(' ');
    const start = run('pg_ctl', ['start', '-D', data, '-l', log, '-w', '-t', '60', '-o', settings]);
    if (start.ok) {
      return {
        url: `postgres://postgres@127.0.0.1:${port}/postgres`,
        port,
        stop() {
          run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    const inUse = existsSync(log) && /could not bind|Address already in use/.test(readFileSync(log, 'utf8'));
    if (!inUse || tries >= 5) fail('start', start.output);
  }
}
