import { execFile as execFileCallback } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { freePort } from './processes.js'

const execFile = promisify(execFileCallback)

/**
 * The PostgreSQL server binaries: LO_TEST_PG_BIN, or the newest under /usr/lib/postgresql (Debian's
 * layout, as on the machines the suite runs on).
 */
function binaries(): string {
  if (process.env.LO_TEST_PG_BIN) return process.env.LO_TEST_PG_BIN
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const found = versions.map((version) => join(root, version, 'bin')).find((dir) => existsSync(join(dir, 'initdb')))
  if (!found) throw new Error('No PostgreSQL server binaries found: set LO_TEST_PG_BIN to the directory holding initdb and pg_ctl')
  return found
}

/** The server refuses to run as root, so as root the cluster belongs to the postgres user. */
const asRoot = process.getuid?.() === 0

async function run(binary: string, args: string[]): Promise<string> {
  const path = join(binaries(), binary)
  const { stdout } = asRoot ? await execFile('runuser', ['-u', 'postgres', '--', path, ...args]) : await execFile(path, args)
  return stdout
}

/**
 * A PostgreSQL cluster of the test's own, in a temporary directory, on its own port on 127.0.0.1:
 * something a test may stop, start, kill or replicate without touching the server other tests share.
 * Trust authentication for user root, replication allowed (initdb's defaults for local connections).
 */
export interface Cluster {
  port: number
  dataDir: string
  url(database?: string): string
  start(): Promise<void>
  /** fast: clients are told (57P01); immediate: the server vanishes as if the machine lost power. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>
  /** Stops it if it is running and deletes its files. */
  remove(): Promise<void>
}

function clusterAt(root: string, dataDir: string, port: number): Cluster {
  let running = false
  const log = join(root, `${port}.log`)
  return {
    port,
    dataDir,
    url: (database = 'postgres') => `postgres://root@127.0.0.1:${port}/${database}`,
    async start() {
      // Few connections and no fsync: a test cluster holds nothing worth surviving a crash. Checkpoints
      // unspread: CREATE DATABASE waits for one, and a spread one takes minutes.
      const options = [
        `-p ${port} -k ${root} -c listen_addresses=127.0.0.1`,
        '-c fsync=off -c max_connections=60 -c shared_buffers=16MB -c checkpoint_completion_target=0',
      ].join(' ')
      await run('pg_ctl', ['-D', dataDir, '-o', options, '-l', log, '-w', '-t', '30', 'start'])
      running = true
    },
    async stop(mode = 'fast') {
      await run('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '30', 'stop'])
      running = false
    },
    async remove() {
      if (running) await this.stop('immediate').catch(() => {})
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

function temporaryRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'lo-pg-'))
  if (asRoot) {
    // /var/lib/postgresql belongs to the postgres user wherever Debian's packages installed the server.
    const owner = statSync('/var/lib/postgresql')
    chownSync(root, owner.uid, owner.gid)
  }
  return root
}

/** A new, empty cluster, started. */
export async function startCluster(): Promise<Cluster> {
  const root = temporaryRoot()
  const dataDir = join(root, 'data')
  await run('initdb', ['-D', dataDir, '-U', 'root', '--auth=trust', '-E', 'UTF8', '--no-sync'])
  const cluster = clusterAt(root, dataDir, await freePort())
  const remove = cluster.remove.bind(cluster)
  cluster.remove = async () => {
    await remove()
    rmSync(root, { recursive: true, force: true })
  }
  await cluster.start()
  return cluster
}

/**
 * A hot standby of `primary`, streaming from it: `pg_basebackup -R` into a directory beside the
 * primary's, started on a port of its own.
 */
export async function startReplica(primary: Cluster): Promise<Cluster> {
  const dataDir = `${primary.dataDir}-replica`
  await run('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'root',
    '-D',
    dataDir,
    '-R',
    '-X',
    'stream',
    '--checkpoint=fast',
  ])
  const replica = clusterAt(join(primary.dataDir, '..'), dataDir, await freePort())
  await replica.start()
  return replica
}

/** Runs one statement on a cluster over a connection of its own. */
export async function sqlOn<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}
