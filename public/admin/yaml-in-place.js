// A YAML file format for the content editor that saves a file by changing only what the editor
// changed: comments, blank lines, quoting and [flow] lists stay as the file had them. Decap's own
// YAML format writes the whole file anew, which drops every comment (content/settings.yaml's
// comments are its instructions). New values take the style of the value they replace or of a
// sibling, so a new day's hours are written ["10:00-14:00"] like the other days.
// `yaml` is the YAML library's public API (the browser build, or the npm package in the tests).

/** The format Decap registers: `fromFile` keeps the text it read, `toFile` updates that text. */
export function yamlInPlace(yaml) {
  const { parseDocument, isMap, isSeq, isScalar, isCollection } = yaml;
  let original;

  const toJS = (node) => (node && typeof node.toJSON === "function" ? node.toJSON() : node);
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const keyOf = (pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

  /** Gives a new node the look of `model` (quotes, flow style), recursively. */
  function styleLike(node, model) {
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
  function modelFor(value, old, siblings) {
    const kind = (node) => (isSeq(node) ? "seq" : isMap(node) ? "map" : isScalar(node) ? "scalar" : "");
    const wanted = Array.isArray(value) ? "seq" : isObject(value) ? "map" : "scalar";
    if (kind(old) === wanted) return old;
    return siblings.find((node) => kind(node) === wanted);
  }

  function update(doc, node, value, siblings = []) {
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
      node.items = value.map((item, index) =>
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

  return {
    fromFile(text) {
      original = text;
      const doc = parseDocument(text);
      if (doc.errors.length > 0) throw new Error(doc.errors.map((error) => error.message).join("\n"));
      return doc.toJS() ?? {};
    },
    toFile(data) {
      const doc = parseDocument(original ?? "");
      if (original === undefined || !isMap(doc.contents) || doc.errors.length > 0) {
        doc.contents = doc.createNode(data);
      } else {
        doc.contents = update(doc, doc.contents, data);
      }
      const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
      original = text;
      return text;
    },
  };
}
