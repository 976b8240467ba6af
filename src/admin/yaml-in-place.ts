// A YAML file format for the content editor that saves a file by changing only what the editor
// changed: comments, blank lines, quoting and [flow] lists stay as the file had them. Decap's own
// YAML format writes the whole file anew, which drops every comment (content/settings.yaml's
// comments are its instructions). New values take the style of the value they replace or of a
// sibling, so a new day's hours are written ["10:00-14:00"] like the other days.
// Decap hands a format only the text (fromFile) or the data (toFile), never the file's name, and
// one collection (the site's words) holds several files: the format keeps every text it read and
// updates the one the saved data came from (the most top-level values in common; the latest read
// on a tie).
import { isCollection, isMap, isScalar, isSeq, parseDocument, type Document, type Pair } from "yaml";

type Data = Record<string, unknown>;

/** A file as read: its text and top-level data. */
interface ReadFile {
  text: string;
  data: Data;
}

/** The format Decap registers: `fromFile` keeps the text it read, `toFile` updates that text. */
export interface YamlFormat {
  fromFile(text: string): unknown;
  toFile(data: object): string;
}

const toJS = (node: unknown): unknown =>
  node && typeof (node as { toJSON?: unknown }).toJSON === "function"
    ? (node as { toJSON(): unknown }).toJSON()
    : node;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
const isObject = (value: unknown): value is Data =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Gives a new node the look of `model` (quotes, flow style), recursively. */
function styleLike<T>(node: T, model: unknown): T {
  if (!model) return node;
  if (isScalar(node) && isScalar(model)) {
    if (typeof node.value === "string" && typeof model.value === "string") node.type = model.type;
  } else if (isSeq(node) && isSeq(model)) {
    node.flow = model.flow;
    for (const item of node.items) styleLike(item, model.items[0]);
  } else if (isMap(node) && isMap(model)) {
    node.flow = model.flow;
    for (const pair of node.items) {
      const match = model.items.find((other) => keyOf(other) === keyOf(pair));
      if (match) styleLike(pair.value, match.value);
    }
  }
  return node;
}

/** A model for a new value: the old node when it is of the same kind, else a sibling that is. */
function modelFor(value: unknown, old: unknown, siblings: readonly unknown[]): unknown {
  const kind = (node: unknown) =>
    isSeq(node) ? "seq" : isMap(node) ? "map" : isScalar(node) ? "scalar" : "";
  const wanted = Array.isArray(value) ? "seq" : isObject(value) ? "map" : "scalar";
  if (kind(old) === wanted) return old;
  return siblings.find((node) => kind(node) === wanted);
}

function update(doc: Document, node: unknown, value: unknown, siblings: readonly unknown[] = []): unknown {
  if (node && same(toJS(node), value)) return node;
  if (isMap(node) && isObject(value)) {
    for (const pair of [...node.items]) {
      if (value[keyOf(pair)] === undefined) node.items.splice(node.items.indexOf(pair), 1);
    }
    const values = node.items.map((pair) => pair.value);
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const pair = node.items.find((other) => keyOf(other) === key);
      if (pair) pair.value = update(doc, pair.value, item, values);
      else
        node.items.push(
          doc.createPair(key, styleLike(doc.createNode(item), modelFor(item, undefined, values))),
        );
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const last = node.items[node.items.length - 1];
    node.items = value.map((item: unknown, index) =>
      index < node.items.length
        ? update(doc, node.items[index], item, node.items)
        : styleLike(doc.createNode(item), last),
    );
    return node;
  }
  if (isScalar(node) && !isCollection(value) && !isObject(value) && !Array.isArray(value)) {
    if (typeof node.value === typeof value) {
      node.value = value; // keeps the quotes the file used
      return node;
    }
  }
  return styleLike(doc.createNode(value), modelFor(value, node, siblings));
}

/**
 * The document as text in the files' style (Prettier's): [flow, lists] unpadded, { flow: maps }
 * padded. The library pads both or neither, and a line keeps its line breaks either way, so each
 * line is taken from one of the two: as the file already had it, else by what it holds.
 */
function inFileStyle(doc: Document, before: string): string {
  const tight = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).split("\n");
  const padded = doc.toString({ lineWidth: 0, flowCollectionPadding: true }).split("\n");
  if (tight.length !== padded.length) return tight.join("\n");
  const known = new Set(before.split("\n"));
  return tight
    .map((line, index) => {
      const other = padded[index] ?? line;
      if (known.has(line) || line === other) return line;
      if (known.has(other)) return other;
      return /^\s*(?:- )?(?:[\w-]+: )?\{/.test(line) ? other : line;
    })
    .join("\n");
}

/** A new format, with its own memory of the files it read. */
export function yamlInPlace(): YamlFormat {
  /** Every file read, latest last. */
  const read: ReadFile[] = [];

  /** The file `data` was read from: the one sharing the most top-level keys, then values. */
  function sourceOf(data: Data): ReadFile | undefined {
    let best: ReadFile | undefined;
    let bestScore = -1;
    for (const file of read) {
      const keys = Object.keys(data);
      const score =
        keys.filter((key) => key in file.data).length * 1000 +
        keys.filter((key) => same(file.data[key], data[key])).length;
      if (score >= 1000 && score >= bestScore) [best, bestScore] = [file, score];
    }
    return best;
  }

  function remember(text: string, data: unknown) {
    const known = read.findIndex((file) => file.text === text);
    if (known !== -1) read.splice(known, 1);
    read.push({ text, data: isObject(data) ? data : {} });
  }

  return {
    fromFile(text) {
      const doc = parseDocument(text);
      if (doc.errors.length > 0) throw new Error(doc.errors.map((error) => error.message).join("\n"));
      const data: unknown = doc.toJS() ?? {};
      remember(text, structuredClone(data));
      return data;
    },
    toFile(data) {
      const source = sourceOf(data as Data);
      const doc = parseDocument(source?.text ?? "");
      if (source === undefined || !isMap(doc.contents) || doc.errors.length > 0) {
        doc.contents = doc.createNode(data) as typeof doc.contents;
      } else {
        doc.contents = update(doc, doc.contents, data) as typeof doc.contents;
      }
      const text = inFileStyle(doc, source?.text ?? "");
      if (source) read.splice(read.indexOf(source), 1);
      remember(text, structuredClone(data));
      return text;
    },
  };
}
