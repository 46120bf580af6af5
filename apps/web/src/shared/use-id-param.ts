import { useParams } from 'react-router-dom';

/** A positive integer id from the route, or null when the URL holds something else. */
export function useIdParam(name: string): number | null {
  const raw = useParams()[name];
  const id = Number(raw);
  return raw && /^\d+$/.test(raw) && Number.isSafeInteger(id) && id > 0 ? id : null;
}
