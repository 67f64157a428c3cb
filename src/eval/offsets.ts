/**
 * Gold sets count offsets in code points; JavaScript strings index UTF-16 code units. This maps a code-point
 * offset of `text` to its code-unit offset (the identity when the text has no astral characters).
 */
export function codePointToUnit(text: string): (offset: number) => number {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return (offset) => offset;
  const units: number[] = [];
  let unit = 0;
  for (const char of text) {
    units.push(unit);
    unit += char.length;
  }
  units.push(unit);
  return (offset) => units[Math.min(offset, units.length - 1)]!;
}
