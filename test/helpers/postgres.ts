/**
 * A throwaway PostgreSQL server for the tests and the worker bench: initdb into a temporary folder, listen on
 * 127.0.0.1 at a free port (and a Unix socket in the same folder), stop and delete everything afterwards.
 * Nothing is downloaded; the server binaries must be installed (`.ci/run` apt-installs `postgresql` when
 * `initdb` is missing).
 *
 * Where the binaries are looked for, in order: `$SITREP_PG_BIN`; Debian's `/usr/lib/postgresql/<major>/bin`,
 * newest major first (what the `postgresql` package installs; it does not put initdb on PATH); then every
 * folder on PATH (links such as `/usr/local/bin/initdb`, Homebrew, PGDG builds).
 *
 * Running as root: initdb and postgres refuse to run as root, and CI runs as root. So when this process is
 * root, the server runs as an unprivileged system user — `$SITREP_PG_USER`, else `postgres` (created by the
 * Debian package), else `nobody` — through `runuser -u USER --` (util-linux; `setpriv` when runuser is
 * missing). The temporary folder is created by root and handed to that user (chown, mode 0700), so the data
 * folder, the log and the socket all belong to it; `os.tmpdir()` must therefore be reachable by that user
 * (it is /tmp unless TMPDIR says otherwise). As any other user the binaries run directly.
 *
 * The server trusts every local connection (`--auth=trust`) and, unless `durable` is asked for, runs with
 * fsync off: its data lives only as long as the test run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  readonly port: number;
  /** The temporary folder holding the data folder, the server log and the socket. */
  readonly dir: string;
  /** The URL of a database on this server (default `postgres`), as the superuser `sitrep`. */
  url(database?: string): string;
  /** Creates an empty database with a fresh name and returns its URL. */
  createDatabase(prefix?: string): Promise<string>;
  /** CPU seconds the server's processes have used so far (Linux /proc), for benches. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Keep fsync and synchronous commit on, as a real deployment would (for benches). Default false. */
  readonly durable?: boolean;
}

const BINARIES = ['initdb', 'pg_ctl', 'postgres'];

/** The folder holding initdb, pg_ctl and postgres, or undefined when PostgreSQL is not installed. */
export function findPostgresBin(): string | undefined {
  const candidates: string[] = [];
  if (process.env.SITREP_PG_BIN) candidates.push(process.env.SITREP_PG_BIN);
  try {
    const majors = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    for (const major of majors) candidates.push(join('/usr/lib/postgresql', major, 'bin'));
  } catch {
    // Not a Debian-style install.
  }
  candidates.push(...(process.env.PATH ?? '').split(delimiter).filter(Boolean));
  return candidates.find((dir) => BINARIES.every((name) => existsSync(join(dir, name))));
}

interface Owner {
  readonly user: string;
  readonly uid: number;
  readonly gid: number;
}

function idOf(user: string): Owner | undefined {
  const uid = spawnSync('id', ['-u', user], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { user, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** The user the server runs as when we are root; undefined when we are not root and need no switch. */
function unprivilegedOwner(): Owner | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const user of [process.env.SITREP_PG_USER, 'postgres', 'nobody']) {
    if (!user) continue;
    const owner = idOf(user);
    if (owner && owner.uid !== 0) return owner;
  }
  throw new Error('running as root and no unprivileged user (postgres, nobody) to run PostgreSQL as');
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** argv that runs `file args` as `owner` (or as ourselves when owner is undefined). */
function asOwner(owner: Owner | undefined, file: string, args: readonly string[]): [string, string[]] {
  if (!owner) return [file, [...args]];
  if (hasCommand('runuser')) return ['runuser', ['-u', owner.user, '--', file, ...args]];
  if (hasCommand('setpriv'))
    return [
      'setpriv',
      [`--reuid=${owner.uid}`, `--regid=${owner.gid}`, '--clear-groups', '--', file, ...args],
    ];
  throw new Error('running as root, and neither runuser nor setpriv is there to drop privileges');
}

function run(owner: Owner | undefined, file: string, args: readonly string[]): void {
  const [command, argv] = asOwner(owner, file, args);
  const result = spawnSync(command, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(`${file} ${args.join(' ')} failed (${result.status ?? result.signal}): ${output}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function tail(path: string, lines = 20): string {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

let created = 0;

/**
 * CPU time of a running server: the postmaster's own and that of its children already ended (cutime,
 * cstime: backends of closed connections), plus that of its live children. In seconds; 0 off Linux.
 */
function serverCpuSeconds(data: string): number {
  const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  const fields = (pid: string): string[] | undefined => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After the command name in parentheses: state, ppid, … (field 3 onwards).
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    } catch {
      return undefined;
    }
  };
  let postmaster: string;
  try {
    postmaster = readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]!.trim();
  } catch {
    return 0;
  }
  const own = fields(postmaster);
  if (!own) return 0;
  // utime, stime, cutime, cstime are fields 14-17, i.e. 11-14 counted from field 3.
  let total = [11, 12, 13, 14].reduce((sum, i) => sum + Number(own[i]), 0);
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const child = fields(pid);
    if (child?.[1] === postmaster) total += Number(child[11]) + Number(child[12]);
  }
  return total / ticks;
}

/**
 * Creates an empty database with a fresh name on the server that `adminUrl` points to (any database there,
 * as a user allowed to create databases) and returns the new database's URL.
 */
export async function createDatabase(adminUrl: string, prefix = 'test'): Promise<string> {
  const name = `${prefix.replace(/\W/g, '_')}_${process.pid}_${++created}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function startPostgres(options: StartOptions = {}): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed: no initdb, pg_ctl and postgres found');
  const owner = unprivilegedOwner();
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const pgCtl = join(bin, 'pg_ctl');
  try {
    run(owner, join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'sitrep',
      '--auth=trust',
      '--no-locale',
      '-E',
      'UTF8',
      '--no-sync',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  const settings = [
    '-c listen_addresses=127.0.0.1',
    `-k ${dir}`,
    '-c max_connections=200',
    ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ];
  let port = 0;
  // The free port can be taken between our probe and the server's bind; try a few.
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      run(owner, pgCtl, [
        '-D',
        data,
        '-l',
        log,
        '-w',
        '-t',
        '60',
        '-o',
        [...settings, `-p ${port}`].join(' '),
        'start',
      ]);
      break;
    } catch (error) {
      if (attempt < 4 && /already in use/i.test(tail(log))) continue;
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`${(error as Error).message}\n${tail(log)}`);
    }
  }

  let stopped = false;
  const stopNow = (): void => {
    if (stopped) return;
    stopped = true;
    // immediate: the data is thrown away, so there is nothing to flush.
    spawnSync(...asOwner(owner, pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']));
    rmSync(dir, { recursive: true, force: true });
  };
  // A run that ends abnormally (an uncaught error, Ctrl-C) still stops its server.
  process.once('exit', stopNow);

  const url = (database = 'postgres'): string => `postgres://sitrep@127.0.0.1:${port}/${database}`;
  return {
    port,
    dir,
    url,
    createDatabase: (prefix) => createDatabase(url(), prefix),
    cpuSeconds: () => serverCpuSeconds(data),
    async stop(): Promise<void> {
      process.off('exit', stopNow);
      stopNow();
    },
  };
}
