/** A response that carries `serverNow`, stamped with the local time it arrived, to sync a ServerClock. */
export type Received<T> = T & { receivedAt: number };

export async function withReceivedAt<T extends object>(response: Promise<T>): Promise<Received<T>> {
  const data = await response;
  return { ...data, receivedAt: Date.now() };
}
