import { z } from 'zod';

/**
 * What a Direct Line client may post: the fields Web Chat sends. Everything else (ids, timestamps,
 * conversation, recipient, serviceUrl) is set by the service, and `from.id` always comes from the token.
 */
export const ClientActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  locale: z.string().max(35).optional(),
  localTimezone: z.string().max(100).optional(),
  localTimestamp: z.string().max(40).optional(),
  from: z.object({ name: z.string().max(100).optional() }).passthrough().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  attachments: z.array(z.record(z.string(), z.unknown())).max(10).optional(),
});

/** A posted activity after validation. */
export type ClientActivity = z.infer<typeof ClientActivitySchema>;
