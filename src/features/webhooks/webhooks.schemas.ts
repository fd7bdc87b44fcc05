import Type, { type Static } from 'typebox'
import { DELIVERY_STATES, EVENT_TYPES, WEBHOOK_FORMATS } from '../../shared/values.js'
import { CityCode, Id, Meta, PageOf, PageQuery, ref, Timestamp } from '../../shared/common.schemas.js'

export const EventType = Type.Enum([...EVENT_TYPES], {
  $id: 'EventType',
  description: 'Every change of an entry (filed, submitted, returned, accepted, deleted; overdue: its deadline in force passed unsubmitted), ' +
    'a reminder, an extension (requested, decided), a period, a task, a lead unit, a committed import or a webhook subscription. ' +
    'Each type\'s payload is in the document\'s webhooks',
})

export const WebhookFormat = Type.Enum([...WEBHOOK_FORMATS], {
  $id: 'WebhookFormat',
  description: 'json: the event as duban writes it, signed with Duban-Signature; wecom: a 企业微信 group robot\'s markdown message; ' +
    'dingtalk: a 钉钉 group robot\'s markdown message, its URL signed (加签) with the secret when one is set',
})

export const DeliveryState = Type.Enum([...DELIVERY_STATES], {
  $id: 'DeliveryState',
  description: 'pending: to be sent (again); delivered: the receiver answered 2xx (a robot: errcode 0); failed: given up after retrying for a day',
})

export const Event = Type.Object({
  id: Id,
  cityCode: CityCode,
  type: ref(EventType),
  subject: Type.String({ description: 'What it is about (entry:<taskId>:<periodId>, period:<id>, reminder:<periodId>:<leadUnitId>)' }),
  data: Type.Record(Type.String(), Type.Unknown(), { description: 'What a follower needs to act without reading back: ids, names, times' }),
  createdAt: Timestamp,
}, { $id: 'Event', description: 'A change, written in the transaction that made it; data is as the document\'s webhook for its type gives it' })
export type Event = Static<typeof Event>

const WebhookUrl = Type.String({
  format: 'uri', maxLength: 2000, pattern: '^https?://',
  description: 'Where deliveries are POSTed (http or https), to a public address unless the operator allows more (WEBHOOK_ALLOWED_NETWORKS): ' +
    'an internal address in the URL is refused here, and a name is checked again on what it resolves to at each delivery. Redirects are not followed',
  examples: ['https://oa.example.gov.cn/duban/events'],
})
const Events = Type.Array(ref(EventType), { minItems: 1, uniqueItems: true, description: 'The event types it receives' })
const Secret = Type.String({
  minLength: 16, maxLength: 200, pattern: '^\\S+$',
  description: 'json: the HMAC key of Duban-Signature (required); dingtalk: the robot\'s 加签 secret (SEC…); never shown again',
})

export const Webhook = Type.Object({
  id: Id,
  cityCode: CityCode,
  url: Type.String({ description: 'Where deliveries go, its user-info and query values masked (***): a robot\'s key or access_token is never shown' }),
  events: Type.Array(ref(EventType)),
  format: ref(WebhookFormat),
  active: Type.Boolean({ description: 'An inactive subscription receives nothing, and nothing is queued for it' }),
  secretSet: Type.Boolean({ description: 'Whether a secret is kept (it is never shown)' }),
  createdBy: Type.Union([Id, Type.Null()], { description: 'The API key that subscribed' }),
  ...Meta,
}, { $id: 'Webhook', description: 'A subscription to the city\'s events' })
export type Webhook = Static<typeof Webhook>

export const WebhookCreate = Type.Object({
  url: WebhookUrl,
  events: Events,
  secret: Type.Optional(Secret),
  format: Type.Optional(ref(WebhookFormat)),
}, {
  additionalProperties: false,
  examples: [{ url: 'https://oa.example.gov.cn/duban/events', events: ['entry.submitted', 'entry.overdue'], secret: 'change-me-to-32-random-characters' }],
})

export const WebhookPatch = Type.Object({
  url: Type.Optional(WebhookUrl),
  events: Type.Optional(Events),
  secret: Type.Optional(Secret),
  format: Type.Optional(ref(WebhookFormat)),
  active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, minProperties: 1, examples: [{ active: false }] })

export const WebhookDelivery = Type.Object({
  id: Id,
  webhookId: Id,
  eventId: Id,
  eventType: ref(EventType),
  state: ref(DeliveryState),
  attempts: Type.Integer({ minimum: 0 }),
  nextAttemptAt: Type.Union([Timestamp, Type.Null()], { description: 'When it is sent (again); null once delivered or failed' }),
  lastAttemptAt: Type.Union([Timestamp, Type.Null()]),
  lastStatus: Type.Union([Type.Integer(), Type.Null()], { description: 'The HTTP status of the last attempt; null: no answer' }),
  lastError: Type.Union([Type.String(), Type.Null()], {
    description: 'Why the last attempt failed: at most a short excerpt of the answer, the subscription\'s credentials masked (***)',
  }),
  deliveredAt: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
}, { $id: 'WebhookDelivery', description: 'One event sent to one subscription, and how its attempts went' })
export type WebhookDelivery = Static<typeof WebhookDelivery>

export const WebhookParams = Type.Object({ cityCode: CityCode, webhookId: Id })
export const DeliveryParams = Type.Object({ cityCode: CityCode, webhookId: Id, deliveryId: Id })
export const WebhookList = PageOf(ref(Webhook), 'WebhookList')
export const WebhookListQuery = Type.Object({ ...PageQuery })
export const DeliveryList = PageOf(ref(WebhookDelivery), 'WebhookDeliveryList')
export const DeliveryListQuery = Type.Object({ ...PageQuery, state: Type.Optional(ref(DeliveryState)) })
export const EventList = PageOf(ref(Event), 'EventList')
export const EventListQuery = Type.Object({
  ...PageQuery,
  type: Type.Optional(ref(EventType)),
  subject: Type.Optional(Type.String({ maxLength: 200, description: 'One subject\'s events, e.g. entry:7:3' })),
})

export const webhookSchemas = [EventType, WebhookFormat, DeliveryState, Event, Webhook, WebhookDelivery, WebhookList, DeliveryList, EventList]
