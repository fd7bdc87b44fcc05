export { deleteWebhook, findWebhook, insertWebhook, listDeliveries, listWebhooks, publicWebhook, redeliver, updateWebhook } from './webhooks.repository.js'
