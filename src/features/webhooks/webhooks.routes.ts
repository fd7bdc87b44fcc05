import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  deleteWebhook, findWebhook, insertWebhook, listDeliveries, listWebhooks, publicWebhook, redeliver, updateWebhook,
} from './webhooks.service.js'
import { NotFound } from '../../shared/errors.js'
import { ifMatchVersion, withEtag } from '../../http/etag.js'
import { write } from '../../http/write.js'
import { CityParams, IfMatchHeaders, NoContent, ok, problems } from '../../shared/common.schemas.js'
import {
  DeliveryList, DeliveryListQuery, DeliveryParams, Webhook, WebhookCreate, WebhookDelivery, WebhookList, WebhookListQuery, WebhookParams,
  WebhookPatch,
} from './webhooks.schemas.js'

const tags = ['webhooks']

const webhooks: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.post('/', {
    config: { access: 'cityWrite', idempotent: true },
    schema: {
      tags, operationId: 'createWebhook', summary: 'Subscribe to the city\'s events',
      description: 'Each event of the types named is POSTed to url as it is committed: in order, retried with backoff for 26 hours, ' +
        'logged. format json is signed with the secret: `Duban-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`; ' +
        'wecom and dingtalk send a group robot\'s markdown message (钉钉\'s URL signed with the secret when one is set), 20 a minute at most.',
      params: CityParams, body: WebhookCreate,
      response: { 201: ok(Webhook, 'The subscription; its secret is not shown'), ...problems(404) },
    },
  }, async (request, reply) => {
    const { cityCode } = request.params
    return write(request, reply, async (trx, actor) => {
      const webhook = await insertWebhook(trx, actor, app.receivers, cityCode, request.body)
      reply.status(201).header('location', `/v1/cities/${cityCode}/webhooks/${webhook.id}`)
      return withEtag(reply, publicWebhook(webhook))
    })
  })

  app.get('/', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'listWebhooks', summary: 'The city\'s subscriptions', params: CityParams, querystring: WebhookListQuery,
      response: { 200: ok(WebhookList, 'A page of subscriptions'), ...problems(404) },
    },
  }, async (request) => {
    const page = await listWebhooks(db, request.params.cityCode, { limit: request.query.limit ?? 50, cursor: request.query.cursor })
    return { ...page, items: page.items.map(publicWebhook) }
  })

  app.get('/:webhookId', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'getWebhook', summary: 'Read a subscription', params: WebhookParams,
      response: { 200: ok(Webhook, 'The subscription; ETag is its version'), ...problems(404) },
    },
  }, async (request, reply) => {
    const webhook = await findWebhook(db, request.params.cityCode, request.params.webhookId)
    if (!webhook) throw new NotFound('webhook', request.params.webhookId)
    return withEtag(reply, publicWebhook(webhook))
  })

  app.patch('/:webhookId', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'updateWebhook', summary: 'Change a subscription, or pause it (active: false)',
      description: 'What is already queued is sent to the new url, in the new format; a paused subscription is sent nothing and queues nothing.',
      params: WebhookParams, headers: IfMatchHeaders, body: WebhookPatch,
      response: { 200: ok(Webhook, 'The subscription as changed'), ...problems(404, 412) },
    },
  }, async (request, reply) => {
    const { cityCode, webhookId } = request.params
    const webhook = await write(request, reply, (trx, actor) => updateWebhook(trx, actor, app.receivers, cityCode, webhookId, request.body, ifMatchVersion(request)))
    app.worker.nudge()
    return withEtag(reply, publicWebhook(webhook))
  })

  app.delete('/:webhookId', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'deleteWebhook', summary: 'Unsubscribe: the subscription and its delivery log go',
      params: WebhookParams, headers: IfMatchHeaders,
      response: { 204: NoContent, ...problems(404, 412) },
    },
  }, async (request, reply) => {
    const { cityCode, webhookId } = request.params
    await write(request, reply, (trx, actor) => deleteWebhook(trx, actor, cityCode, webhookId, ifMatchVersion(request)))
    return reply.status(204).send(null)
  })

  app.get('/:webhookId/deliveries', {
    config: { access: 'cityWrite' },
    schema: {
      tags, operationId: 'listWebhookDeliveries', summary: 'A subscription\'s delivery log, newest first',
      params: WebhookParams, querystring: DeliveryListQuery,
      response: { 200: ok(DeliveryList, 'A page of deliveries'), ...problems(404) },
    },
  }, async (request) => {
    const { cityCode, webhookId } = request.params
    const { limit = 50, cursor, state } = request.query
    const page = await listDeliveries(db, cityCode, webhookId, { limit, cursor, state })
    if (page.items.length === 0 && !(await findWebhook(db, cityCode, webhookId))) throw new NotFound('webhook', webhookId)
    return page
  })

  app.post('/:webhookId/deliveries/:deliveryId/redeliver', {
    config: { access: 'cityWrite', idempotent: true },
    schema: {
      tags, operationId: 'redeliverWebhookDelivery', summary: 'Send a delivery again (one that failed, or one the receiver lost)',
      description: 'It becomes pending at once and is sent after the older deliveries still pending; its attempts are kept.',
      params: DeliveryParams,
      response: { 200: ok(WebhookDelivery, 'The delivery, pending'), ...problems(404) },
    },
  }, async (request, reply) => {
    const { cityCode, webhookId, deliveryId } = request.params
    const delivery = await write(request, reply, (trx, actor) => redeliver(trx, actor, cityCode, webhookId, deliveryId))
    app.worker.nudge()
    return delivery
  })
}

export default webhooks
