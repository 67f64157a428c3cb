/**
 * Splits text arriving in chunks into lines on `\n`, dropping a `\r` before it, so that line numbers match
 * what an editor shows for both LF and CRLF files. A final line without a newline is still a line.
 * Pieces of a line longer than a chunk are collected and joined once, not re-concatenated per chunk.
 */
export async function* splitLines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  let pending: string[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      pending.push(chunk.slice(start, nl));
      yield dropCr(pending.join(''));
      pending = [];
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.slice(start));
  }
  const last = pending.join('');
  if (last !== '') yield dropCr(last);
}

function dropCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
