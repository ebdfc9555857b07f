/**
 * Webhook delivery (issue #16): signing and verifying (`Kefu-Signature`), the outbox worker and its
 * backoff, and the in-process alert feed behind `GET /v1/alerts/stream`. Also published alone as
 * `@kefu/monitor/delivery`, so that a receiver verifying webhooks loads no database driver.
 */
export { type BackoffPolicy, backoffCeiling, DEFAULT_BACKOFF, nextAttemptAt } from './backoff.js';
export {
  type AlertFeed,
  type AlertFeedOptions,
  type AlertSubscription,
  createAlertFeed,
  type DropReason,
  parseLastEventId,
} from './feed.js';
export { webhookSecrets } from './secrets.js';
export {
  DEFAULT_TOLERANCE_SECONDS,
  DELIVERY_ATTEMPT_HEADER,
  SIGNATURE_HEADER,
  signWebhook,
  type VerifyFailure,
  type VerifyOptions,
  type VerifyResult,
  verifyWebhook,
  WEBHOOK_ID_HEADER,
  type WebhookBody,
  webhookHeaders,
} from './signature.js';
export { checkWebhookUrl, type TargetCheck } from './target.js';
export {
  type AttemptOutcome,
  createDeliveryWorker,
  type DeliveryWorker,
  type DeliveryWorkerOptions,
} from './worker.js';
