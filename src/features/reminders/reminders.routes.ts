import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { findPeriod } from '../periods/periods.service.js'
import { listReminders, remindMissing } from './reminders.service.js'
import { NotFound } from '../../shared/errors.js'
import { write } from '../../http/write.js'
import { ok, problems } from '../../shared/common.schemas.js'
import { PeriodParams } from '../periods/periods.schemas.js'
import { ReminderBatch, ReminderCreate, ReminderList, ReminderListQuery } from './reminders.schemas.js'

const tags = ['reminders']

const reminders: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.post('/periods/:periodId/reminders', {
    config: { access: 'cityWrite', idempotent: true },
    schema: {
      tags, operationId: 'remindPeriod', summary: 'Remind units of the entries they have not filed (催办)',
      description: 'Writes one reminder to the unit named, or to every unit with missing entries (no entry, or a draft), ' +
        'listing its tasks, and the event reminder.issued for each. 422 nothing_missing when no unit has one. ' +
        'The city\'s schedule sends reminders on its own as well (supervision settings of the city).',
      params: PeriodParams, body: ReminderCreate,
      response: { 201: ok(ReminderBatch, 'The reminders written, one per unit'), ...problems(404, 409, 422) },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    const items = await write(request, reply, async (trx, actor) => {
      reply.status(201)
      return { items: await remindMissing(trx, actor, cityCode, periodId, request.body) }
    })
    app.worker.nudge()
    return items
  })

  app.get('/periods/:periodId/reminders', {
    config: { access: 'readWork' },
    schema: {
      tags, operationId: 'listReminders', summary: 'The reminders of a period, newest first: who was reminded of what, when and why',
      params: PeriodParams, querystring: ReminderListQuery,
      response: { 200: ok(ReminderList, 'A page of reminders'), ...problems(404) },
    },
  }, async (request) => {
    const { cityCode, periodId } = request.params
    const { limit = 50, cursor, leadUnitId } = request.query
    const page = await listReminders(db, cityCode, periodId, { limit, cursor, leadUnitId })
    if (page.items.length === 0 && !(await findPeriod(db, cityCode, periodId))) throw new NotFound('period', periodId)
    return page
  })
}

export default reminders
