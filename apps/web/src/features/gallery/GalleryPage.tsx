/** Placeholder until the page lands. */
export function GalleryPage() {
  return null;
}
