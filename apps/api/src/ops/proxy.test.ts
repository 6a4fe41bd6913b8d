import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createDatabase, databaseUrl, dropDatabase, throwawayName } from '../test/database.js'
import { itOnPostgres } from '../test/drivers.js'
import { apiRoot, freePort, type Running, startApi, stop } from '../test/processes.js'
import { parseMetrics, sampleValue } from '../test/prometheus.js'

const repoRoot = join(apiRoot, '..', '..')
const nginxConf = readFileSync(join(repoRoot, 'apps/admin/nginx.conf'), 'utf8')

/**
 * The admin image's nginx.conf as it runs in compose, for 127.0.0.1: the replicas' names become
 * loopback ports (so `resolve` and Docker's resolver go: the addresses are literal), and nginx
 * listens on a free port and serves the SPA from a folder of ours. Each substitution must find its
 * target exactly once, so a changed nginx.conf fails here rather than being tested half-rendered.
 */
function renderNginxConf(conf: string, ports: { listen: number; replicas: [number, number] }, root: string): string {
  const substitutions: [RegExp, string][] = [
    [/^ {4}listen 80;$/m, `    listen 127.0.0.1:${ports.listen};`],
    [/^ {4}listen \[::\]:80;\n/m, ''],
    [/^ {4}root \/usr\/share\/nginx\/html;$/m, `    root ${root};`],
    [/^ {4}resolver 127\.0\.0\.11 .*;\n/m, ''],
    [/ api-1:3000 (.*) resolve;$/m, ` 127.0.0.1:${ports.replicas[0]} $1;`],
    [/ api-2:3000 (.*) resolve;$/m, ` 127.0.0.1:${ports.replicas[1]} $1;`],
  ]
  let rendered = conf
  for (const [pattern, replacement] of substitutions) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`)
    expect(rendered.match(global), `nginx.conf should contain ${pattern} once`).toHaveLength(1)
    rendered = rendered.replace(pattern, replacement)
  }
  return rendered
}

/** Runs nginx in the foreground with the rendered config inside a folder of its own. */
async function startNginx(siteConf: string, dir: string): Promise<ChildProcess & { output: () => string }> {
  const html = join(dir, 'html')
  mkdirSync(html)
  writeFileSync(join(html, 'index.html'), '<!doctype html><title>Learn Once admin</title>')
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp))
  // nginx's workers drop root for nobody: they must read the SPA and write their temporary files.
  for (const path of [dir, html]) chmodSync(path, 0o755)
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) chmodSync(join(dir, temp), 0o777)
  writeFileSync(join(dir, 'default.conf'), siteConf)
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 2;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/default.conf;
}
`,
  )
  let output = ''
  const child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8')
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8')
  })
  child.once('error', (error) => {
    output += `could not run nginx (install it: apt-get install nginx-light): ${error.message}`
  })
  return Object.assign(child, { output: () => output })
}

describe('the compose set-up', () => {
  it('documents in .env.example every variable the API reads, and every one docker-compose.yml takes', () => {
    const example = readFileSync(join(repoRoot, '.env.example'), 'utf8')
    const documented = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]))
    const config = readFileSync(join(apiRoot, 'src/config.ts'), 'utf8')
    const read = [...config.matchAll(/value\('([A-Z][A-Z0-9_]+)'\)/g)].map((match) => match[1])
    expect(read.length).toBeGreaterThan(15)
    const compose = readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8')
    const taken = [...compose.matchAll(/\$\{([A-Z][A-Z0-9_]+)/g)].map((match) => match[1])
    expect(taken).toContain('JWT_SECRET')
    expect([...new Set([...read, ...taken])].filter((name) => !documented.has(name))).toEqual([])
  })

  it('renders nginx.conf for two replicas on loopback, leaving everything else as compose runs it', () => {
    const rendered = renderNginxConf(nginxConf, { listen: 8080, replicas: [3001, 3002] }, '/srv/admin')
    expect(rendered).toContain('server 127.0.0.1:3001 max_fails=1 fail_timeout=5s;')
    expect(rendered).toContain('server 127.0.0.1:3002 max_fails=1 fail_timeout=5s;')
    expect(rendered).not.toMatch(/server api-|resolve;|resolver /)
    expect(rendered.split('\n').length).toBe(nginxConf.split('\n').length - 2)
  })
})

const cleanups: (() => Promise<unknown> | unknown)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

// Two processes on one database: PostgreSQL only, as in compose.
itOnPostgres(
  'spreads requests over two API replicas behind the admin’s nginx, and keeps answering, writes included, when one stops',
  async () => {
    const name = throwawayName('lo_proxy')
    await createDatabase(name)
    cleanups.push(() => dropDatabase(name))
    const admin = { email: 'admin@proxy.test', password: 'proxy-test-password' }
    const env = {
      DATABASE_URL: databaseUrl(name),
      REDIS_URL: process.env.LO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      JWT_SECRET: 'p'.repeat(40),
      TRUST_PROXY: 'loopback',
      BOOTSTRAP_ADMIN_EMAIL: admin.email,
      BOOTSTRAP_ADMIN_PASSWORD: admin.password,
    }
    const metricsPorts = [await freePort(), await freePort()]
    const replicas: Running[] = []
    for (const metricsPort of metricsPorts) {
      const replica = await startApi({ ...env, METRICS_PORT: String(metricsPort) })
      cleanups.push(() => replica.child.exitCode === null && replica.child.kill('SIGKILL'))
      replicas.push(replica)
    }
    const [first, second] = replicas
    if (!first || !second) throw new Error('two replicas')

    const dir = mkdtempSync(join(tmpdir(), 'lo-nginx-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const listen = await freePort()
    const nginx = await startNginx(renderNginxConf(nginxConf, { listen, replicas: [first.port, second.port] }, join(dir, 'html')), dir)
    cleanups.push(async () => {
      if (nginx.exitCode === null) {
        nginx.kill('SIGQUIT')
        await once(nginx, 'exit')
      }
    })
    const proxy = `http://127.0.0.1:${listen}`
    for (let tries = 0; ; tries++) {
      if (nginx.exitCode !== null || tries > 100) throw new Error(`nginx did not start:\n${nginx.output()}`)
      if (
        await fetch(`${proxy}/healthz`).then(
          (res) => res.ok,
          () => false,
        )
      )
        break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }

    // The SPA and the API on one origin; metrics never leave the compose network.
    expect(await (await fetch(`${proxy}/some/admin/route`)).text()).toContain('Learn Once admin')
    expect((await fetch(`${proxy}/metrics`)).status).toBe(404)

    const login = await fetch(`${proxy}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    })
    expect(login.status).toBe(200)
    const authorization = `Bearer ${((await login.json()) as { accessToken: string }).accessToken}`

    const served = async (metricsPort: number | undefined) => {
      const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`)
      const samples = parseMetrics(await res.text())
      return sampleValue(samples, 'http_request_duration_seconds_count', { method: 'GET', route: '/v1/sites', status_code: '200' }) ?? 0
    }
    const rounds = 40
    for (let index = 0; index < rounds; index++) {
      const res = await fetch(`${proxy}/v1/sites`, { headers: { authorization } })
      expect(res.status).toBe(200)
    }
    const counts = [await served(metricsPorts[0]), await served(metricsPorts[1])]
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(rounds)
    // Round robin: each replica takes its turn (allowing for nginx's two workers starting out of step).
    for (const count of counts) expect(count).toBeGreaterThanOrEqual(rounds / 2 - 2)

    // One replica goes away (as in a rolling deploy or a crash): every request still succeeds.
    expect(await stop(first)).toBe(0)
    const statuses: number[] = []
    for (let index = 0; index < 30; index++) {
      const read = await fetch(`${proxy}/v1/sites`, { headers: { authorization } })
      statuses.push(read.status)
      const write = await fetch(`${proxy}/v1/sites`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Proxy site ${index}`, slug: `proxy-site-${index}`, kind: 'gp_practice', region: 'london' }),
      })
      statuses.push(write.status)
    }
    expect(statuses.filter((status) => status !== 200 && status !== 201)).toEqual([])
    expect((await fetch(`${proxy}/readyz`)).status).toBe(200)
    expect(await stop(second)).toBe(0)
    // With no replica left, nginx answers 502 itself rather than hanging.
    expect((await fetch(`${proxy}/v1/sites`, { headers: { authorization } })).status).toBe(502)
  },
  180_000,
)
