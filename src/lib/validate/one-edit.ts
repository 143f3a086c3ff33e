/**
 * Ids one edit away (one character inserted, deleted or replaced) from a query, among a fixed set of ids: the
 * "did you mean" of an audit whose group id is not in the registry (600103 → 6001003). Built once as deletion
 * indexes, so each query costs a few dozen map look-ups however large the registry is.
 */
export function oneEditAway(ids: Iterable<string>): (query: string) => string[] {
  const exact = new Set<string>();
  /** id with one character deleted → ids (the query lacks a character). */
  const shorter = new Map<string, string[]>();
  /** position + id with that character deleted → ids (the query has another character there). */
  const replaced = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, id: string) => {
    const l = m.get(k);
    if (!l) m.set(k, [id]);
    else if (l[l.length - 1] !== id) l.push(id);
  };
  for (const id of ids) {
    exact.add(id);
    for (let i = 0; i < id.length; i++) {
      const d = id.slice(0, i) + id.slice(i + 1);
      add(shorter, d, id);
      add(replaced, `${i}\u0000${d}`, id);
    }
  }
  return (q) => {
    const out = new Set<string>(shorter.get(q));
    for (let i = 0; i < q.length; i++) {
      const d = q.slice(0, i) + q.slice(i + 1);
      if (exact.has(d)) out.add(d); // the query has one character too many
      for (const id of replaced.get(`${i}\u0000${d}`) ?? []) if (id !== q) out.add(id);
    }
    out.delete(q);
    return [...out].sort();
  };
}
