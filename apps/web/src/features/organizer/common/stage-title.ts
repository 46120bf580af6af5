/**
 * A stage's title with its place in the sequence ("Vòng 2: Chung khảo"), without saying the place
 * twice when the organizer's name already starts with it ("Vòng 2", "Vòng 1 sơ khảo").
 */
export function stageTitle(positionLabel: string, name: string): string {
  const label = positionLabel.trim().toLocaleLowerCase();
  const own = name.trim().toLocaleLowerCase();
  // "Vòng 10" starts with "Vòng 1" too: the place is said only when no digit follows.
  const saysPlace = own.startsWith(label) && !/^\d/.test(own.slice(label.length));
  return saysPlace ? name.trim() : `${positionLabel}: ${name.trim()}`;
}
