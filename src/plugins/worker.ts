import { AsyncResource } from 'node:async_hooks'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { Counter, Gauge } from 'prom-client'
import type { Job } from '../db/job.js'

export interface WorkerOptions {
  /** How often each job looks for work (ms); 0 runs no job (a test runs them itself). */
  intervalMs: number
  jobs: Job[]
}

declare module 'fastify' {
  interface FastifyInstance {
    worker: {
      /** Runs the jobs soon, not at the next interval (a write that made work calls it after commit). */
      nudge: () => void
      /** Runs every job until none finds work; what tests call to step the loop. */
      drain: (now?: Date) => Promise<void>
    }
  }
}

/** A job that keeps finding work yields to requests between rounds, at most this many in a row. */
const MAX_ROUNDS = 50

export default fp(async (app: FastifyInstance, opts: WorkerOptions) => {
  const db = app.database.db
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false
  let closing = false
  // Label worker_job, not job: Prometheus gives every series a job label of its own.
  const registers = [app.metrics]
  const labelNames = ['worker_job'] as const
  const runs = new Counter({ name: 'duban_worker_job_runs_total', help: 'Runs of each of the worker\'s jobs', labelNames, registers })
  const failures = new Counter({ name: 'duban_worker_job_failures_total', help: 'Runs that failed (the work stays, and is tried again)', labelNames, registers })
  const items = new Counter({ name: 'duban_worker_job_items_total', help: 'What the runs did: deliveries attempted, periods checked for reminders', labelNames, registers })
  const lastRun = new Gauge({
    name: 'duban_worker_job_last_success_timestamp_seconds', labelNames, registers,
    help: 'When each job last ran to its end (absent: this instance runs no job, WORKER_INTERVAL_MS=0)',
  })

  async function runJobs(now: () => Date) {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      let done = 0
      for (const job of opts.jobs) {
        const labels = { worker_job: job.name }
        runs.inc(labels)
        try {
          const did = await job.run(db, now())
          // What a job with lanes of its own reports is what they did since: no reason to run again at once.
          if (!job.settle) done += did
          items.inc(labels, did)
          lastRun.set(labels, Date.now() / 1000)
        } catch (error) {
          // The work stays in the database and is found again at the next interval.
          failures.inc(labels)
          app.log.error({ err: error, job: job.name }, 'job failed')
        }
      }
      if (done === 0 || closing) return
    }
  }

  function schedule(delayMs: number) {
    if (closing || opts.intervalMs === 0) return
    clearTimeout(timer)
    timer = setTimeout(tick, delayMs)
    timer.unref()
  }

  // Bound to the plugin's own context: a round a request's nudge starts is not part of that
  // request, whose async context (AsyncLocalStorage) its timer would otherwise inherit.
  // (test/webhook-wake.test.ts: the tests' statement hook counts the round as the request's.)
  const tick = AsyncResource.bind(() => {
    if (running) {
      again = true
      return
    }
    running = runJobs(app.clock).finally(() => {
      running = undefined
      const soon = again
      again = false
      schedule(soon ? 0 : opts.intervalMs)
    })
  })

  /** Waits for the work the jobs' runs left going (the delivery lanes); how much it was. */
  async function settle() {
    let did = 0
    for (const job of opts.jobs) if (job.settle) did += await job.settle()
    return did
  }

  app.decorate('worker', {
    nudge: () => schedule(0),
    drain: async (now?: Date) => {
      await running
      // Until a round finds nothing and nothing it started did anything.
      for (let round = 0; round < MAX_ROUNDS; round++) {
        await runJobs(() => now ?? app.clock())
        if (await settle() === 0) return
      }
    },
  })
  app.addHook('onReady', async () => schedule(opts.intervalMs))
  // Stops as the close begins (preClose), so before the database closes whatever order the
  // onClose hooks run in: what is being sent is let finish and recorded, its subscription
  // released; the rest waits in the database.
  app.addHook('preClose', async () => {
    closing = true
    clearTimeout(timer)
    await running
    for (const job of opts.jobs) {
      try {
        await job.stop?.()
      } catch (error) {
        failures.inc({ worker_job: job.name })
        app.log.error({ err: error, job: job.name }, 'job failed')
      }
    }
  })
}, { name: 'worker', dependencies: ['metrics'] })
