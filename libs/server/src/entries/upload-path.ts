/** Where the api mounts the tus endpoint (outside Nest's router: tus speaks raw HTTP). */
export const UPLOADS_PATH = '/api/uploads';

export const isUploadPath = (url: string): boolean => {
  const path = url.split('?')[0];
  return path === UPLOADS_PATH || path.startsWith(`${UPLOADS_PATH}/`);
};
