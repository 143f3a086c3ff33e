/**
 * JSON.stringify of an object, in pieces: each top-level array is given element by element, so a national dataset
 * (hundreds of MB of JSON) is written without ever being one string beside the object it came from. The pieces
 * joined are exactly JSON.stringify(value). Pure.
 */
export function* jsonChunks(value: Record<string, unknown>): Generator<string> {
  let first = true;
  yield '{';
  for (const [key, v] of Object.entries(value)) {
    // What JSON.stringify leaves out of an object.
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (Array.isArray(v) && !('toJSON' in v)) {
      yield '[';
      for (let i = 0; i < v.length; i++) yield (i ? ',' : '') + (JSON.stringify(v[i]) ?? 'null');
      yield ']';
    } else yield JSON.stringify(v);
  }
  yield '}';
}

/** The dataset file as the build writes it (.omsap/dataset.json): its JSON and a newline. */
export function* datasetJson(dataset: object): Generator<string> {
  yield* jsonChunks(dataset as Record<string, unknown>);
  yield '\n';
}
