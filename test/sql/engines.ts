/**
 * Real SQL engines for the conformance tests: DuckDB in process (@duckdb/node-api, a dev
 * dependency the CLI never loads), a PostgreSQL 15 server started from the Debian package in
 * a temporary data directory on a free local port, as the postgres user, stopped afterwards;
 * a MariaDB server from the Debian package the same way, as the mysql user, on a unix socket;
 * and ClickHouse in process (chdb, installed outside the lockfile: see chdbDir).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickhouse } from '../../src/sql/dialect.js';

export type Rows = Record<string, string | null>[];

export interface Engine {
  readonly name: 'duckdb' | 'postgres' | 'mysql' | 'clickhouse';
  /** how the engine runs the statements, when it can run them more than one way (MariaDB's sql_mode) */
  readonly label?: string;
  /** creates (or replaces) a table of text columns holding these rows */
  load(table: string, columns: readonly string[], rows: readonly (readonly string[])[]): Promise<void>;
  /** runs SQL and returns every row as text (NULL as null) */
  query(sql: string): Promise<Rows>;
  /**
   * load, then `statements`, then `query`'s rows: for PostgreSQL one psql process instead of
   * three (each psql start costs about a third of a second on the loaded 2-core machine).
   */
  loadAndQuery(table: string, columns: readonly string[], rows: readonly (readonly string[])[], statements: string, query: string): Promise<Rows>;
  close(): Promise<void>;
}

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const quoteString = (text: string): string => `'${text.replaceAll("'", "''")}'`;

function insertSql(table: string, columns: readonly string[], rows: readonly (readonly string[])[], text: string): string {
  const statements = [`DROP TABLE IF EXISTS ${quoteIdent(table)};`, `CREATE TABLE ${quoteIdent(table)} (${columns.map((column) => `${quoteIdent(column)} ${text}`).join(', ')});`];
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    statements.push(`INSERT INTO ${quoteIdent(table)} VALUES ${chunk.map((row) => `(${row.map(quoteString).join(', ')})`).join(', ')};`);
  }
  return statements.join('\n');
}

export async function openDuckDb(): Promise<Engine> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return {
    name: 'duckdb',
    async load(table, columns, rows) {
      await connection.run(insertSql(table, columns, rows, 'VARCHAR'));
    },
    async query(sql) {
      const reader = await connection.runAndReadAll(sql);
      const names = reader.columnNames();
      return reader.getRows().map((row) =>
        Object.fromEntries(
          names.map((name, index) => {
            const value = row[index];
            return [name, value === null || value === undefined ? null : String(value)];
          }),
        ),
      );
    },
    async loadAndQuery(table, columns, rows, statements, query) {
      await connection.run(insertSql(table, columns, rows, 'VARCHAR'));
      await connection.run(statements);
      return (this as Engine).query(query);
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const PG_BIN = '/usr/lib/postgresql/15/bin';

export function havePostgres(): boolean {
  return existsSync(join(PG_BIN, 'initdb'));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary as the postgres user when we are root (initdb refuses root). */
function asPostgres(command: string, args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', join(PG_BIN, command), ...args]] : [join(PG_BIN, command), [...args]];
  const result = spawnSync(file, argv, { input, encoding: 'utf8', maxBuffer: 1 << 28, cwd: tmpdir() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export async function startPostgres(): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'clientfit-pg-'));
  chmodSync(dir, 0o700);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const init = asPostgres('initdb', ['-D', data, '-U', 'postgres', '-E', 'UTF8', '--locale=C', '-A', 'trust', '--no-sync']);
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const start = asPostgres('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=off`, 'start']);
  if (start.status !== 0) throw new Error(`pg_ctl start failed: ${start.stderr}`);
  const psql = (sql: string): string => {
    // Unaligned output with unit and record separators: cells may hold commas, quotes and newlines.
    const result = asPostgres(
      'psql',
      ['-X', '-q', '-A', '-F', '\u001f', '-R', '\u001e', '-P', 'footer=off', '-P', 'null=\u0001NULL', '-v', 'ON_ERROR_STOP=1', '-h', dir, '-p', String(port), '-U', 'postgres', '-d', 'postgres'],
      sql,
    );
    if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
    return result.stdout;
  };
  return {
    name: 'postgres',
    async load(table, columns, rows) {
      psql(insertSql(table, columns, rows, 'TEXT'));
    },
    async loadAndQuery(table, columns, rows, statements, query) {
      // Only the last statement returns rows: -q keeps the others silent.
      return (this as Engine).query(`${insertSql(table, columns, rows, 'TEXT')}\n${statements.trimEnd().replace(/;?$/u, ';')}\n${query}`);
    },
    async query(sql) {
      const out = psql(sql);
      const lines = out
        .replace(/\n$/u, '')
        .split('\u001e')
        .filter((line) => line !== '')
        .map((line) => line.split('\u001f'));
      const [names, ...rows] = lines;
      return rows.map((row) => Object.fromEntries(names!.map((name, index) => [name, row[index] === '\u0001NULL' ? null : (row[index] ?? null)])));
    },
    async close() {
      asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const MARIADBD = '/usr/sbin/mariadbd';

export function haveMariaDb(): boolean {
  return existsSync(MARIADBD);
}

/** One MariaDB server, shared by the engines that run statements under different sql_modes. */
export interface MariaDbServer {
  /** an engine whose session runs the statements with NO_BACKSLASH_ESCAPES on or off */
  engine(options: { readonly noBackslashEscapes: boolean }): Engine;
  /** runs statements through the mariadb client (as it is, no sql_mode set), returning its exit status and output */
  client(sql: string): { status: number | null; stdout: string; stderr: string };
  close(): Promise<void>;
}

const XML_ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (text: string): string =>
  text.replace(/&(#x?[0-9a-fA-F]+|[a-z]+);/gu, (whole, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(Number.parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (XML_ENTITY[name] ?? whole),
  );

/**
 * MariaDB 10.11 from Debian: mariadb-install-db into a temporary directory, then mariadbd as the
 * mysql user on a unix socket (no network, no grant tables: only this process's user can reach
 * the socket's directory), utf8mb4. Statements go through the mariadb client, one process a
 * batch; its XML output keeps NULL apart from 'NULL' and any character in a cell.
 */
export async function startMariaDb(): Promise<MariaDbServer> {
  const dir = mkdtempSync(join(tmpdir(), 'clientfit-mariadb-'));
  chmodSync(dir, 0o700);
  const root = process.getuid?.() === 0;
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'mysql'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'mysql'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  const user = root ? ['--user=mysql'] : [];
  const install = spawnSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, ...user, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve'], {
    encoding: 'utf8',
    cwd: tmpdir(),
  });
  if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
  const server = spawn(
    MARIADBD,
    [
      '--no-defaults',
      `--datadir=${data}`,
      ...user,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'pid')}`,
      '--skip-networking',
      '--skip-grant-tables',
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_general_ci',
      '--innodb-buffer-pool-size=32M',
      '--innodb-flush-log-at-trx-commit=0',
      '--skip-log-bin',
      `--log-error=${join(dir, 'log')}`,
      // Its own folder for temporary tables: in the shared /tmp, a table spilled to disk (#sql-temptable-….MAI)
      // was sometimes gone when the server deleted it ("Error on delete"), failing the query.
      `--tmpdir=${dir}`,
    ],
    { stdio: 'ignore', cwd: tmpdir() },
  );
  const client = (sql: string, args: readonly string[] = []): { status: number | null; stdout: string; stderr: string } => {
    const result = spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '--default-character-set=utf8mb4', ...args], { input: sql, encoding: 'utf8', maxBuffer: 1 << 28, cwd: tmpdir() });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  for (let attempt = 0; ; attempt++) {
    if (client('SELECT 1').status === 0) break;
    if (attempt > 300 || server.exitCode !== null) throw new Error(`mariadbd did not start (${server.exitCode})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const created = client('CREATE DATABASE clientfit CHARACTER SET utf8mb4;');
  if (created.status !== 0) throw new Error(`mariadb: ${created.stderr}`);
  const run = (sql: string): Rows => {
    const result = client(sql, ['--database=clientfit', '--xml']);
    if (result.status !== 0) throw new Error(`mariadb failed: ${result.stderr}`);
    // Only the last result set: the loading statements and the view return none.
    const sets = result.stdout.split('<resultset ');
    const last = sets.length > 1 ? sets.at(-1)! : '';
    return [...last.matchAll(/<row>([\s\S]*?)<\/row>/gu)].map(([, row]) =>
      Object.fromEntries(
        [...row!.matchAll(/<field name="([^"]*)"(?: xsi:nil="true" \/>|>([\s\S]*?)<\/field>)/gu)].map(([, name, value]) => [unescapeXml(name!), value === undefined ? null : unescapeXml(value)]),
      ),
    );
  };
  // Loading always without backslash escapes (insertSql doubles quotes only) and with ANSI quotes (its identifiers).
  const loading = "SET SESSION sql_mode = 'ANSI_QUOTES,NO_BACKSLASH_ESCAPES,STRICT_TRANS_TABLES';";
  const mode = (noBackslashEscapes: boolean): string =>
    `SET SESSION sql_mode = '${noBackslashEscapes ? 'NO_BACKSLASH_ESCAPES,' : ''}STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';`;
  return {
    engine({ noBackslashEscapes }) {
      return {
        name: 'mysql',
        label: `mysql (MariaDB, NO_BACKSLASH_ESCAPES ${noBackslashEscapes ? 'on' : 'off'})`,
        async load(table, columns, rows) {
          run(`${loading}\n${insertSql(table, columns, rows, 'LONGTEXT')}`);
        },
        async query(sql) {
          return run(`${mode(noBackslashEscapes)}\n${sql}`);
        },
        async loadAndQuery(table, columns, rows, statements, query) {
          return run(`${loading}\n${insertSql(table, columns, rows, 'LONGTEXT')}\n${mode(noBackslashEscapes)}\n${statements.trimEnd().replace(/;?$/u, ';')}\n${query}`);
        },
        async close() {},
      };
    },
    client: (sql) => client(sql, ['--database=clientfit']),
    async close() {
      server.kill('SIGKILL');
      await new Promise((resolve) => (server.exitCode === null && server.signalCode === null ? server.once('exit', resolve) : resolve(undefined)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes a file readable by every user (DuckDB reads in process; kept for the CLI tests). */
export function writeShared(path: string, text: string): void {
  writeFileSync(path, text);
}

/**
 * chdb (ClickHouse in process) installs about 550 MB: it is not in package.json, so a fresh
 * `npm ci` never pays for it. CI installs it into this folder (CLIENTFIT_CHDB_DIR, else a cache
 * folder in the home directory), and the ClickHouse tests run when it is there.
 */
export const CHDB_VERSION = '3.4.0';

export function chdbDir(): string {
  return process.env.CLIENTFIT_CHDB_DIR || join(homedir(), '.cache', 'clientfit-chdb');
}

export const CHDB_INSTALL = `npm install --prefix "\${CLIENTFIT_CHDB_DIR:-$HOME/.cache/clientfit-chdb}" --no-save --no-package-lock --no-audit --no-fund chdb@${CHDB_VERSION}`;

export function haveChdb(): boolean {
  return existsSync(join(chdbDir(), 'node_modules', 'chdb', 'package.json'));
}

interface ChdbSession {
  query(sql: string, format?: string): string;
  close(): void;
}

/** One chdb session (a temporary folder of its own); tables are Memory tables of String columns, as ClickHouse schemas mostly are. */
export async function openChdb(): Promise<Engine> {
  const require = createRequire(join(chdbDir(), 'node_modules', '.package.json'));
  const { Session } = require('chdb') as { Session: new () => ChdbSession };
  const session = new Session();
  const ident = (name: string): string => clickhouse.ident(name);
  const run = (sql: string): string => session.query(sql, 'CSV');
  const load = (table: string, columns: readonly string[], rows: readonly (readonly string[])[]): void => {
    run(`DROP TABLE IF EXISTS ${ident(table)}; CREATE TABLE ${ident(table)} (${columns.map((column) => `${ident(column)} String`).join(', ')}) ENGINE = Memory`);
    // The rows as JSON after FORMAT: no literal of ours carries them in, so they arrive exactly.
    if (rows.length > 0) run(`INSERT INTO ${ident(table)} FORMAT JSONCompactEachRow\n${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
  };
  const query = (sql: string): Rows =>
    // Several statements may run (an injected one would too): every row they return, one JSON object a line.
    session
      .query(sql, 'JSONEachRow')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => Object.fromEntries(Object.entries(JSON.parse(line) as Record<string, unknown>).map(([name, value]) => [name, value === null ? null : String(value)])));
  return {
    name: 'clickhouse',
    async load(table, columns, rows) {
      load(table, columns, rows);
    },
    async query(sql) {
      return query(sql);
    },
    async loadAndQuery(table, columns, rows, statements, sql) {
      load(table, columns, rows);
      run(statements);
      return query(sql);
    },
    async close() {
      session.close();
    },
  };
}
