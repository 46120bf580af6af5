import type { FastifyReply } from 'fastify';

/** A reply body serialised ahead of time: the JSON text of a T. */
export type JsonText<T> = string & { readonly jsonOf?: T };

/** Sends serialised JSON as it is (a string labelled JSON is not serialised again). */
export function asJson<T>(reply: FastifyReply, body: JsonText<T>): JsonText<T> {
  void reply.type('application/json; charset=utf-8');
  return body;
}
