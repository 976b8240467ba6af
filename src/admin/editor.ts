// The editor's checks (bundled for the browser as /admin/editor.js by src/integrations/cms-admin.ts).
// Before the editor saves, deletes or unpublishes a file, it runs the build's own content check on
// the site as it would be afterwards (checkEdit in src/lib/content/edit-check.ts, the one entry point
// for every kind of file) and refuses with the build's words when anything is wrong.
import { editorFileText } from "../lib/cms/canonical.ts";
import {
  checkEdit,
  fromSnapshot,
  siteWithEdit,
  type Edit,
  type SiteSnapshot,
} from "../lib/content/edit-check.ts";
import { movedProblem, originOf, sortProblems, type ContentProblem } from "../lib/content/problems.ts";
import { EDITOR_NOTICES, inEditorWords, type EditorNames } from "../lib/content/messages.ts";
import { ADDRESS_RECORD_FILE } from "../lib/content/redirects.ts";
import type { CheckOptions, SiteFiles } from "../lib/content/site-check.ts";
import type { ContentFile } from "../lib/content/checks.ts";
import { practiceToday } from "../lib/site/hours.ts";
import { settingsFrom } from "../lib/site/settings.ts";
import { newEntryFile } from "../lib/cms/entry-slug.ts";
import { namingField, withoutNamelessFile } from "../lib/cms/new-entry-name.ts";
import { controlOf, fieldOfLabel, formSteps, labelAt, type FormField, type FormStep } from "./field-path.ts";
import { EDITOR_LOCALE } from "../lib/cms/locale.ts";
import { registerPreviews } from "./preview-template.ts";
import { readFrontmatter } from "../lib/content/frontmatter.ts";
import { readYaml } from "../lib/content/yaml-source.ts";
import { exampleNotice, examplesInFile } from "../lib/site/example-values.ts";
// The opening-hours widgets, in the same bundle so the rules they share with the build load once;
// they register before the editor starts (start.ts starts it on DOMContentLoaded).
import "./hours-widget.ts";
import "./counted-text.ts";
import "./field-widgets.ts";
import { todayFrom } from "./date-widget.ts";
import { uploadsOf, type MediaFile } from "./uploads.ts";
import { pictureFormatOf } from "../lib/content/media.ts";

/** The parts of an Immutable.js map the editor hands to event listeners. */
interface ImmutableMap {
  get(key: string): unknown;
  toJS(): unknown;
}

/** A field of the form as the configuration marks it (src/lib/cms/fields.ts, options.ts). */
type MarkedField = FormField & { needed_to_save?: boolean; needed_to_publish?: boolean };

interface EditorCollection {
  name: string;
  folder?: string;
  extension?: string;
  /** "frontmatter", "yaml", or "yaml-in-place" (settings and site words: keeps comments). */
  format: string;
  slug?: string;
  identifier_field?: string;
  fields?: MarkedField[];
  files?: Array<{
    name: string;
    file: string;
    format: string;
    fields: MarkedField[];
  }>;
}

interface Cms {
  getBackend(name: string): { init: (...args: unknown[]) => FileStore } | undefined;
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  registerEventListener(listener: {
    name: string;
    handler: (event: { entry: ImmutableMap }) => unknown;
  }): void;
}

/** The part of a Decap backend (the GitHub one, or the local proxy's) that removes files. */
interface FileStore {
  deleteFiles(paths: string[], commitMessage: string): Promise<unknown>;
}

/** Thrown to stop a save: the editor's notice shows its message, and the list is on the page. */
const REFUSED = "Not saved";
class SaveRefused extends Error {
  override name = REFUSED;
  // The editor's notice reads "Not saved: <this>" (EDITOR_NOTICES.saveFailed); no "Error:" prefix.
  override toString() {
    return this.message;
  }
}

/** The build's options: today in the practice's time zone (its settings as saved), drafts left out. */
const checkOptions = (site: SiteFiles): CheckOptions => ({
  today: practiceToday(new Date(), (site.settings && settingsFrom(site.settings.text)?.timeZone) || "UTC"),
  includeDrafts: false,
});

let collections: Promise<EditorCollection[]> | undefined;
let site: Promise<SiteFiles> | undefined;
const loadCollections = () =>
  (collections ??= fetch("config.json", { cache: "no-cache" })
    .then((response) => response.json() as Promise<{ config: { collections: EditorCollection[] } }>)
    .then(({ config }) => config.collections));
const loadSite = () =>
  (site ??= fetch("checks.json", { cache: "no-cache" })
    .then((response) => response.json() as Promise<SiteSnapshot>)
    .then(fromSnapshot));

/** The file an entry is saved to, and the text the editor will write there. */
async function editOf(entry: ImmutableMap): Promise<Edit | undefined> {
  const collection = (await loadCollections()).find((each) => each.name === entry.get("collection"));
  if (!collection) return undefined;
  const data = (entry.get("data") as ImmutableMap).toJS() as Record<string, unknown>;
  // What the save uploads, with the first bytes of each file chosen (the build's picture rule reads them).
  const uploads = await uploadsOf(
    ((entry.get("mediaFiles") as ImmutableMap | undefined)?.toJS() ?? []) as MediaFile[],
  );
  if (collection.files) {
    const file = collection.files.find((each) => each.name === entry.get("slug"));
    if (!file) return undefined;
    const order = file.fields.map((field) => field.name);
    return { file: file.file, text: editorFileText(file.format, data, order), ...uploads };
  }
  if (!collection.folder || !collection.extension) return undefined;
  const folder = { ...collection, folder: collection.folder, extension: collection.extension };
  const order = (collection.fields ?? []).map((field) => field.name);
  // A new entry (a duplicate included) has no path yet ("", not undefined): it gets the file Decap
  // will write, from the collection's slug rule, so the check reads it where it will be.
  const current = await loadSite();
  const path =
    entry.get("newRecord") === true || !entry.get("path")
      ? newEntryFile(folder, data, (file) => current.files.has(file))
      : (entry.get("path") as string);
  return { file: path, text: editorFileText(collection.format, data, order), ...uploads };
}

const PANEL = "editor-check";
/** Marks the scrolling box whose padding keepClearOf set, for hidePanel to take it off. */
const PADDED = "editorCheckPadded";
/** The class of a message shown beside its field; each message's id starts with it as well. */
const FIELD_MESSAGE = "editor-check-field";
/** Marks a control this check set `aria-invalid` on (a widget's own mark is left alone). */
const MARKED_INVALID = "editorCheckInvalid";

function hidePanel() {
  document.getElementById(PANEL)?.remove();
  for (const scroller of document.querySelectorAll<HTMLElement>("[data-editor-check-padded]")) {
    scroller.style.scrollPaddingTop = "";
    delete scroller.dataset[PADDED];
  }
  for (const message of document.querySelectorAll(`.${FIELD_MESSAGE}`)) message.remove();
  // The controls the messages described: their own describedby ids stay, the check's go.
  for (const control of document.querySelectorAll<HTMLElement>(`[aria-describedby*="${FIELD_MESSAGE}-"]`)) {
    const kept = (control.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter((id) => id && !id.startsWith(`${FIELD_MESSAGE}-`));
    if (kept.length > 0) control.setAttribute("aria-describedby", kept.join(" "));
    else control.removeAttribute("aria-describedby");
  }
  for (const control of document.querySelectorAll<HTMLElement>(`[data-editor-check-invalid]`)) {
    control.removeAttribute("aria-invalid");
    delete control.dataset[MARKED_INVALID];
  }
}

type ConfigField = FormField;

/** The label of the editor field a problem names ("hours.exceptions.1.from" → the deepest known). */
function labelOf(fields: readonly ConfigField[], path: string): string | undefined {
  let found: string | undefined;
  let level: readonly ConfigField[] | undefined = fields;
  for (const part of path.split(".")) {
    if (/^\d+$/.test(part)) continue;
    const field: ConfigField | undefined = level?.find((each) => each.name === part);
    if (!field) break;
    found = field.label ?? found;
    level = field.fields ?? field.field?.fields;
  }
  return found;
}

/** The line the body starts on in a front-matter file (after the closing "---"), or undefined. */
function bodyStart(text: string | undefined): number | undefined {
  const lines = text?.split("\n") ?? [];
  if (lines[0] !== "---") return undefined;
  const end = lines.indexOf("---", 1);
  return end === -1 ? undefined : end + 2;
}

/**
 * The steps to the field a problem is about, along its whole path ("faq.description",
 * "sources.1.title"): a field of the form, the file name's field (the identifier: its words make the
 * file name) for an address, or the text for a mistake in the body (whose `field` may name the
 * words at fault instead, e.g. "<3").
 */
function problemSteps(
  collection: EditorCollection | undefined,
  fields: readonly ConfigField[],
  edit: Edit,
  found: ContentProblem,
): FormStep[] | undefined {
  const field = found.field === "slug" ? collection?.identifier_field : found.field;
  const steps = field ? formSteps(fields, field) : undefined;
  if (steps) return steps;
  const body = bodyStart(edit.text);
  if (body !== undefined && found.line !== undefined && found.line >= body) return formSteps(fields, "body");
  return undefined;
}

const hidden = (element: Element) => element.getClientRects().length === 0;

/**
 * Opens what hides the field (a list's item shows only its summary until opened): the outermost
 * hidden part around it is opened by the button before it. Returns the label found again.
 */
async function reveal(steps: readonly FormStep[]): Promise<HTMLLabelElement | undefined> {
  for (let tries = 0; tries < 5; tries++) {
    const label = labelAt(document.body, steps);
    if (!label || !hidden(label)) return label;
    let outer: Element | undefined;
    for (let up = label.parentElement; up && up !== document.body; up = up.parentElement)
      if (getComputedStyle(up).display === "none") outer = up;
    const toggle = outer?.parentElement
      ? [...outer.parentElement.querySelectorAll("button")].find((button) => !outer.contains(button))
      : undefined;
    if (!toggle) return undefined;
    toggle.click();
    await waitFor(() => {
      const again = labelAt(document.body, steps);
      return again && !hidden(again) ? again : undefined;
    }, 1000);
  }
  return undefined;
}

let messageCount = 0;

/**
 * Each problem whose field the form shows, under that field as well (Decap has no way to set a
 * field's error from outside its widget, so the message is placed beside the field's label): the
 * field at the problem's whole path ("faq.description", not another object's "description"),
 * found along Decap's nested controls. A problem whose field is not found once and only once stays
 * in the list at the top alone. Each message describes its field's control, which is marked
 * invalid; the first one is scrolled into view and its field focused. Returns how many were placed.
 */
async function showBesideFields(
  edit: Edit,
  problems: readonly ContentProblem[],
  names: Names,
): Promise<number> {
  const { collection, fields } = formOf(await loadCollections(), edit.file);
  let first: { message: HTMLElement; label: HTMLLabelElement } | undefined;
  let placed = 0;
  for (const found of sortProblems(problems)) {
    const steps = problemSteps(collection, fields, edit, found);
    const label = steps ? await reveal(steps) : undefined;
    // The label sits in the field's top bar: the message goes right under it, above the input.
    const bar = label?.parentElement;
    if (!label || !bar) continue;
    const message = document.createElement("p");
    message.className = FIELD_MESSAGE;
    message.id = `${FIELD_MESSAGE}-${++messageCount}`;
    // The catalogue's words (what is wrong, the fix), with the form's labels and pages' titles.
    message.textContent = inWords(found, names);
    message.style.cssText =
      "margin:0.4rem 0 0;padding:0.4rem 0.6rem;background:#fff4f2;color:#5c1a10;border-left:4px solid #b3261e;" +
      "font:14px/1.4 system-ui,sans-serif;scroll-margin:0.5rem 0";
    // Under any message already placed there, so they read in the file's order.
    let after: Element = bar;
    while (after.nextElementSibling?.classList.contains(FIELD_MESSAGE)) after = after.nextElementSibling;
    after.insertAdjacentElement("afterend", message);
    const control = controlOf(label);
    if (control) {
      const described = (control.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
      control.setAttribute("aria-describedby", [...described, message.id].join(" "));
      if (control.getAttribute("aria-invalid") !== "true") {
        control.setAttribute("aria-invalid", "true");
        control.dataset[MARKED_INVALID] = "";
      }
    }
    placed++;
    first ??= { message, label };
  }
  if (first) {
    // Just below the list (keepClearOf), with its field under it.
    first.message.scrollIntoView({ block: "start" });
    const own = document.getElementById(first.label.htmlFor);
    (controlOf(first.label) ?? own)?.focus({ preventScroll: true });
  }
  return placed;
}

/** The collection and the form's fields of the file an entry is saved to. */
function formOf(collections: readonly EditorCollection[], file: string) {
  const collection = collections.find(
    (each) =>
      each.folder && file.startsWith(`${each.folder}/`) && !file.slice(each.folder.length + 1).includes("/"),
  );
  const fields = (collections.flatMap((each) => each.files ?? []).find((each) => each.file === file)
    ?.fields ??
    collection?.fields ??
    []) as ConfigField[];
  return { collection, fields };
}

/** A file's title or name as its page shows it, from the text the checks hold. */
function titleIn(collections: readonly EditorCollection[], file: string, text: string | undefined) {
  const named = collections.flatMap((each) => each.files ?? []).find((each) => each.file === file);
  if (named) return (named as { label?: string }).label;
  if (text === undefined) return undefined;
  const data = file.endsWith(".mdx") ? readFrontmatter(text) : readYaml(text, file).data;
  const object = data !== null && typeof data === "object" ? (data as Record<string, unknown>) : {};
  const { collection } = formOf(collections, file);
  const value = object[collection?.identifier_field ?? "title"] ?? object["title"] ?? object["name"];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * How the editor names things for this edit: pages by their titles (this entry as it would be
 * saved), and fields by their labels in the form of the file a problem is in.
 */
interface Names {
  page(file: string): string | undefined;
  in(file: string): EditorNames;
}

async function namesFor(edit: Edit): Promise<Names> {
  const collections = await loadCollections();
  const current = await loadSite();
  const page = (file: string) =>
    titleIn(collections, file, file === edit.file ? edit.text : textOf(current, file));
  return {
    page,
    in: (file) => {
      const { fields } = formOf(collections, file);
      return { field: (key) => labelOf(fields, key), page };
    },
  };
}

/** A problem's words for the editor: the catalogue's, naming labels and titles where it can. */
function inWords(found: ContentProblem, names: Names): string {
  const origin = originOf(found);
  const { what, fix } = origin
    ? inEditorWords(origin.key, origin.args as never, names.in(found.file))
    : { what: found.what, fix: found.fix };
  return fix ? `${what} ${fix}` : what;
}

/**
 * A delete leaves its translations without an original: their mistake tells them to take another
 * name, which is an edit's fix; a delete's is to delete the translation first.
 */
const forDelete =
  (action: "saved" | "deleted") =>
  (found: ContentProblem): ContentProblem =>
    action === "deleted" && originOf(found)?.key === "noOriginal"
      ? // A new problem with no catalogue entry (not movedProblem, which keeps it): inWords shows
        // these words, not the catalogue's.
        {
          file: found.file,
          line: found.line,
          field: found.field,
          what: EDITOR_NOTICES.translationOfDeleted,
          fix: "",
        }
      : found;

/** The list at the top of the entry: what the build would refuse, one line each, with the fix. */
function showPanel(
  heading: string,
  problems: readonly ContentProblem[],
  edit: Edit,
  names: Names,
  tone: "refused" | "saved" = "refused",
) {
  hidePanel();
  const panel = document.createElement("section");
  panel.id = PANEL;
  // A refusal interrupts; what a saved edit makes worth fixing waits its turn.
  panel.setAttribute("role", tone === "refused" ? "alert" : "status");
  panel.setAttribute("aria-label", heading);
  const colours =
    tone === "refused"
      ? "background:#fff4f2;color:#5c1a10;border:2px solid #b3261e;"
      : "background:#eef4fb;color:#0b2f66;border:2px solid #0b3d91;";
  panel.style.cssText =
    "position:fixed;top:0;left:50%;transform:translateX(-50%);z-index:10000;max-width:min(60rem,96vw);" +
    `max-height:45vh;overflow:auto;${colours}` +
    "border-radius:0 0 6px 6px;padding:0.75rem 1rem;font:15px/1.45 system-ui,sans-serif;box-shadow:0 4px 16px #0003";
  const title = document.createElement("h2");
  title.textContent = heading;
  title.style.cssText = "font-size:16px;margin:0 0 0.5rem";
  const list = document.createElement("ul");
  list.style.cssText = "margin:0;padding-left:1.2rem";
  for (const found of sortProblems(problems)) {
    const item = document.createElement("li");
    // The entry's own mistakes as they are; another page's after its title (no files or lines:
    // the build's list keeps those).
    // An address this change would drop is the entry's own matter too (its file is the record).
    const own = found.file === edit.file || found.file === ADDRESS_RECORD_FILE;
    const title = own ? undefined : names.page(found.file);
    const page = own ? undefined : title ? `“${title}”` : found.file;
    item.textContent = page ? `${page}: ${inWords(found, names)}` : inWords(found, names);
    item.dataset["file"] = found.file;
    if (found.field) item.dataset["field"] = found.field;
    list.append(item);
  }
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Close";
  close.style.cssText = "margin-top:0.5rem";
  close.addEventListener("click", hidePanel);
  panel.append(title, list, close);
  document.body.append(panel);
  // Below the entry's toolbar, so the list covers none of its buttons (Publish, Delete).
  panel.style.top = `${toolbarBottom()}px`;
  keepClearOf(panel);
}

/** The box the form scrolls in (Decap's pane of fields), or the page. */
function formScroller(): HTMLElement {
  let node = document.querySelector("form label, label")?.parentElement ?? null;
  for (; node && node !== document.body; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === "auto" || overflowY === "scroll") && node.scrollHeight > node.clientHeight)
      return node;
  }
  return document.documentElement;
}

/**
 * The list stays on screen over the top of the form: the form scrolls what the keyboard reaches
 * (Tab, a field a message sends it to) below it, never under it (WCAG 2.2 2.4.11), as a page
 * does under a sticky header (scroll-padding).
 */
function keepClearOf(panel: HTMLElement) {
  const scroller = formScroller();
  const top = scroller === document.documentElement ? 0 : scroller.getBoundingClientRect().top;
  const covered = Math.ceil(panel.getBoundingClientRect().bottom - top);
  scroller.style.scrollPaddingTop = `${Math.max(0, covered) + 12}px`;
  scroller.dataset[PADDED] = "";
}

/** Where the editor's toolbar ends: the full-width bar that holds its Publish button. */
function toolbarBottom(): number {
  const controls = [...document.querySelectorAll<HTMLElement>("button, [role=button]")];
  let bar: HTMLElement | null =
    controls.find((control) => /^Publish/.test(control.textContent?.trim() ?? "")) ?? null;
  while (bar?.parentElement && bar.getBoundingClientRect().width < window.innerWidth * 0.9)
    bar = bar.parentElement;
  return bar ? Math.ceil(bar.getBoundingClientRect().bottom) : 0;
}

/** What the last edit checked newly makes worth fixing (the build publishes it anyway). */
let worthKnowing: ContentProblem[] = [];

/** Shows what the build would refuse and returns why nothing was done; undefined when all is well. */
async function refuseIfBroken(edit: Edit, action: "saved" | "deleted"): Promise<string | undefined> {
  const current = await loadSite();
  const checked = checkEdit(current, edit, checkOptions(current));
  worthKnowing = action === "saved" ? checked.warnings : [];
  const { collection } = formOf(await loadCollections(), edit.file);
  const problems = withoutNamelessFile(edit.file, checked.problems, collection && namingField(collection));
  const { elsewhere } = checked;
  const names = await namesFor(edit);
  const quoted = (file: string) => {
    const title = names.page(file);
    return title ? `“${title}”` : file;
  };
  // Two entries with one title or name are each told so: the other's line is this entry's own
  // mistake seen from there, not a page the save breaks. Two files at one address are reported on
  // one of them, which may be the other one: it is this entry's mistake as well.
  const naming = edit.text === undefined ? [] : elsewhere.filter((found) => found.what.includes(edit.file));
  const own = [
    ...problems,
    ...naming
      .filter((found) => found.field !== "title" && found.field !== "name")
      .map((found) => movedProblem(found, { file: edit.file, line: undefined })),
  ];
  if (own.length > 0) {
    const entry = names.page(edit.file) ? quoted(edit.file) : EDITOR_NOTICES.thisEntry;
    showPanel(
      EDITOR_NOTICES.refusedHeading(action, entry, own.length),
      [...own, ...elsewhere.filter((found) => !naming.includes(found))],
      edit,
      names,
    );
    await showBesideFields(edit, own, names);
    return EDITOR_NOTICES.refusedSave(own.length);
  }
  // A published address the change would leave unanswered is this entry's own matter: it is said
  // beside the field its address comes from (the title or name), not as a page it breaks.
  const lost = elsewhere.filter((found) => found.file === ADDRESS_RECORD_FILE);
  const others = elsewhere.filter((found) => !lost.includes(found));
  const besideName = () =>
    showBesideFields(
      edit,
      lost.map((found) => ({ ...found, field: "slug" })),
      names,
    );
  if (others.length > 0) {
    const files = [...new Set(others.map((found) => found.file))].sort();
    const pages = files.map(quoted);
    // A file no form of the editor edits (the quiz): the marketer cannot fix it here.
    const collections = await loadCollections();
    const outside = files.filter((file) => formOf(collections, file).fields.length === 0);
    showPanel(
      EDITOR_NOTICES.breaksOthers(action, pages, outside),
      elsewhere.map(forDelete(action)),
      edit,
      names,
    );
    await besideName();
    return EDITOR_NOTICES.refusedOthers(pages);
  }
  if (lost.length > 0) {
    const addresses = lost.map((found) => found.field ?? "").filter(Boolean);
    showPanel(EDITOR_NOTICES.addressesLost(action, addresses), lost, edit, names);
    await besideName();
    return EDITOR_NOTICES.addressesLostNotice(addresses);
  }
  hidePanel();
  return undefined;
}

// The editor logs a refused save as an error; the refusal is expected and already on screen.
const logError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (args[0] instanceof SaveRefused) return;
  logError(...args);
};

// The editor then leaves its failure action as an unhandled rejection; the same expected refusal.
window.addEventListener("unhandledrejection", (event) => {
  // A field's own check refused the save (the hours widgets run the settings' rules): Decap
  // rejects with no reason at all and shows the message on the field.
  if (event.reason === undefined) {
    event.preventDefault();
    return;
  }
  const reason = event.reason as { type?: unknown; payload?: { error?: unknown } } | undefined;
  const error = reason?.payload?.error;
  if (reason?.type === "ENTRY_PERSIST_FAILURE" && typeof error === "string" && refusals.has(error))
    event.preventDefault();
});

const cms = (window as unknown as { CMS: Cms }).CMS;
let pending: Edit | undefined;
/** The messages of this session's refusals, to tell them from other failures to save. */
const refusals = new Set<string>();

cms.registerEventListener({
  name: "preSave",
  handler: async ({ entry }) => {
    const edit = await editOf(entry);
    if (!edit) return undefined;
    const refused = await refuseIfBroken(edit, "saved");
    if (refused) {
      refusals.add(refused);
      throw new SaveRefused(refused);
    }
    pending = edit;
    return undefined;
  },
});

// Later checks in this session start from the site as saved.
cms.registerEventListener({
  name: "postSave",
  handler: async () => {
    const saved = pending;
    if (saved) site = Promise.resolve(siteWithEdit(await loadSite(), saved));
    pending = undefined;
    // Said once the save is done: a translation it left behind, a type the quiz will not suggest.
    if (saved && worthKnowing.length > 0)
      showPanel(
        EDITOR_NOTICES.worthKnowing(worthKnowing.length),
        worthKnowing,
        saved,
        await namesFor(saved),
        "saved",
      );
    void showExampleNotice();
    return undefined;
  },
});

/** The entry on screen, from the address: #/collections/<name>/entries/<slug or file name>. */
async function currentFile(): Promise<string | undefined> {
  const match = /#\/collections\/([^/]+)\/entries\/(.+)$/.exec(location.hash);
  if (!match) return undefined;
  const collection = (await loadCollections()).find((each) => each.name === match[1]);
  const name = decodeURIComponent(match[2] ?? "");
  if (collection?.files) return collection.files.find((each) => each.name === name)?.file;
  if (!collection?.folder) return undefined;
  return `${collection.folder}/${name}.${collection.extension}`;
}

// Deleting has no event to listen to: the delete button is checked before the editor sees the click.
const DELETE_LABELS = new Set(["Delete entry", "Delete published entry"]);
let confirmedDelete = false;
window.addEventListener(
  "click",
  (event) => {
    const button = (event.target as Element | null)?.closest?.("button");
    if (!button || !DELETE_LABELS.has(button.textContent?.trim() ?? "") || confirmedDelete) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void (async () => {
      const file = await currentFile();
      const refused = file ? await refuseIfBroken({ file }, "deleted") : undefined;
      if (refused) return;
      confirmedDelete = true;
      // The editor asks "are you sure?" with the browser's own dialog while handling the click.
      const ask = window.confirm.bind(window);
      let answered = true;
      window.confirm = (message) => (answered = ask(message));
      try {
        button.click();
      } finally {
        confirmedDelete = false;
        window.confirm = ask;
      }
      if (answered && file) forgetWhenDeleted(file, location.hash);
    })();
  },
  true,
);

// A picture deleted from the Media page goes straight to the backend, with no delete button of an
// entry's and no event: the backend's own delete checks it first. (An entry's delete was checked
// on its button; the pictures it takes along go with it.)
for (const name of ["github", "proxy"]) {
  const backend = cms.getBackend(name);
  if (!backend) continue;
  const init = backend.init;
  backend.init = (...args) => {
    const store = init(...args);
    const deleteFiles = store.deleteFiles.bind(store);
    store.deleteFiles = async (paths, commitMessage) => {
      const files = paths.map((path) => path.replace(/^\/+/, ""));
      if (files.every((file) => pictureFormatOf(file) !== undefined))
        for (const file of files) {
          const refused = await refuseIfBroken({ file }, "deleted");
          // Decap shows "Failed to delete media: <this>" and keeps the file.
          if (refused) throw new SaveRefused(refused);
        }
      const deleted = await deleteFiles(paths, commitMessage);
      // Later checks in this session start from the site without them, as after a save.
      site = loadSite().then((current) =>
        files.reduce((each, file) => siteWithEdit(each, { file }), current),
      );
      return deleted;
    };
    return store;
  };
}

/**
 * After a delete the marketer confirmed: once the editor leaves the entry for its list (it does when
 * the file is gone), later checks in this session start from the site without the file, as after a
 * save; a file deleted here no longer counts as naming or linking anything.
 */
function forgetWhenDeleted(file: string, entryHash: string) {
  const onChange = () => {
    if (location.hash === entryHash) return;
    window.removeEventListener("hashchange", onChange);
    if (/\/entries\//.test(location.hash)) return;
    site = loadSite().then((current) => siteWithEdit(current, { file }));
  };
  window.addEventListener("hashchange", onChange);
}

window.addEventListener("hashchange", hidePanel);

// The editor's own notices in the site's words; every other phrase stays Decap's English (config.ts
// sets this locale). A pattern's message is the schema's own wording, without "didn't match the
// pattern".
cms.registerLocale(EDITOR_LOCALE, {
  ui: {
    toast: {
      onFailToPersist: EDITOR_NOTICES.saveFailed,
      missingRequiredField: EDITOR_NOTICES.fieldsRefusedPending,
    },
  },
  editor: { editorControlPane: { widget: { regexPattern: "%{pattern}" } } },
});

// The editor's own field errors read as sentences (the schema's words), not in capitals.
const errorStyle = document.createElement("style");
errorStyle.textContent = "label ~ ul > li { text-transform: none; font-weight: 600; }";
document.head.append(errorStyle);

const NOTICE_ID = "editor-notice";

/** A notice at the top of the page, for a few seconds: what stopped the save. */
function showNotice(text: string) {
  document.getElementById(NOTICE_ID)?.remove();
  const notice = document.createElement("p");
  notice.id = NOTICE_ID;
  notice.setAttribute("role", "alert");
  notice.textContent = text;
  notice.style.cssText =
    "position:fixed;top:0.5rem;right:0.5rem;z-index:10001;max-width:min(28rem,90vw);margin:0;" +
    "background:#b3261e;color:#fff;border-radius:6px;padding:0.6rem 1rem;font:15px/1.45 system-ui,sans-serif;" +
    "box-shadow:0 4px 16px #0003";
  document.body.append(notice);
  setTimeout(() => notice.remove(), 10_000);
}

/** The fields' own errors on screen: one list item each. */
const fieldErrors = () => [...document.querySelectorAll<HTMLElement>("label ~ ul > li")];

// A field widget refuses a save for what only it holds, before the check runs (a date typed halfway,
// a tag still in its box, an opening time being typed): count the marked fields, say how many, and
// bring the first into view.
window.addEventListener(
  "click",
  (event) => {
    const target = (event.target as Element | null)?.closest?.("button, [role=menuitem]");
    const text = target?.textContent?.trim() ?? "";
    if (!["Publish now", "Save", "Publish and create new", "Publish and duplicate"].includes(text)) return;
    void waitFor(() => (fieldErrors().length > 0 ? fieldErrors() : undefined), 2000).then((errors) => {
      if (!errors) return;
      showNotice(EDITOR_NOTICES.fieldsRefused(errors.length));
      const first = errors[0]!;
      first.scrollIntoView({ block: "center" });
      const label = first.closest("ul")?.parentElement?.querySelector("label");
      const control = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
      // The publish menu hands the focus back to its button as it closes: focus the field after it.
      control?.focus({ preventScroll: true });
      setTimeout(() => control?.focus({ preventScroll: true }), 500);
    });
  },
  true,
);

// The preview pane renders posts with the site's own component markup and stylesheet.
registerPreviews();
const NOTICE = "editor-examples";

const isContentFile = (value: unknown): value is ContentFile =>
  value !== null && typeof value === "object" && typeof (value as ContentFile).file === "string";

/** A file's text as the checks hold it: as committed, or as saved in this session. */
function textOf(current: SiteFiles, file: string): string | undefined {
  // Every file the site holds, whatever part of the content model it belongs to (translations too).
  const all = Object.values(current).flatMap((value: unknown) =>
    Array.isArray(value) ? value.filter(isContentFile) : isContentFile(value) ? [value] : [],
  );
  return all.find((each) => each.file === file)?.text;
}

/**
 * The notice at the top of an entry that still holds the shipped example values (the rule is
 * `examplesInFile` in src/lib/site/example-values.ts, which the build's warning shares).
 */
async function showExampleNotice() {
  const hash = location.hash;
  const file = await currentFile();
  const text = file ? textOf(await loadSite(), file) : undefined;
  let message: string | undefined;
  if (file && text !== undefined) {
    const data = file.endsWith(".mdx") ? readFrontmatter(text) : readYaml(text, file).data;
    const settings = file === "content/settings.yaml" ? settingsFrom(text) : undefined;
    const object = data !== null && typeof data === "object" ? (data as Record<string, unknown>) : {};
    const { fields } = formOf(await loadCollections(), file);
    message = exampleNotice(examplesInFile(file, object, settings), (field) =>
      labelOf(fields as ConfigField[], field),
    );
  }
  if (location.hash !== hash) return;
  document.getElementById(NOTICE)?.remove();
  if (!message) return;
  const notice = document.createElement("p");
  notice.id = NOTICE;
  notice.setAttribute("role", "status");
  notice.textContent = message;
  // In the form's own flow, above its first field: it pushes the fields down and covers none.
  notice.style.cssText =
    "margin:0 0 1rem;background:#fff8e1;color:#4a3500;border:2px solid #b07d00;border-radius:6px;" +
    "padding:0.6rem 1rem;font:15px/1.45 system-ui,sans-serif";
  const firstField = await waitFor(() => document.querySelector("label")?.parentElement?.parentElement);
  if (location.hash !== hash) return;
  document.getElementById(NOTICE)?.remove();
  if (firstField?.parentElement) firstField.before(notice);
  else document.body.append(notice);
}

/** The first truthy answer of `find`, asked each animation frame for up to `ms` (ten seconds). */
async function waitFor<T>(find: () => T | null | undefined, ms = 10_000): Promise<T | undefined> {
  const until = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > until) return undefined;
    await new Promise((next) => requestAnimationFrame(next));
  }
}

window.addEventListener("hashchange", () => void showExampleNotice());
void showExampleNotice();

/** A word beside a field's label (its own colours over the shared shape); returned for more attributes. */
function labelBadge(label: HTMLLabelElement, className: string, text: string, colours: string): HTMLElement {
  const badge = document.createElement("span");
  badge.className = className;
  badge.textContent = text;
  badge.style.cssText = `padding:0.1rem 0.5rem;border-radius:4px;font:600 13px/1.5 system-ui,sans-serif;${colours}`;
  label.after(badge);
  return badge;
}

// ----- Scheduled posts: marked in the list of posts and beside the publication date -----

/** "2027-01-15" → "January 15, 2027", as the marker reads. */
const longDate = (day: string) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** The day a summary or date box holds, as YYYY-MM-DD, or undefined. */
function dayOf(text: string): string | undefined {
  const iso = /(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (iso) return iso;
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

const SCHEDULED = "editor-scheduled";
let practiceDay: string | undefined;
void loadSite().then((current) => (practiceDay = checkOptions(current).today));
todayFrom(() => practiceDay);

/** Marks each future-dated post in the list and the publication date of the post on screen. */
function markScheduled() {
  const today = practiceDay;
  if (!today) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href*="/collections/posts/entries/"]')) {
    const marker = link.querySelector(`.${SCHEDULED}`);
    const text = (link.textContent ?? "").replace(marker?.textContent ?? "", "");
    const day = dayOf(/\(([^()]*)\)\s*$/.exec(text.trim())?.[1] ?? "");
    const wanted = day && day > today ? `${EDITOR_NOTICES.scheduled(longDate(day))}: ` : "";
    if ((marker?.textContent ?? "") === wanted) continue;
    marker?.remove();
    if (!wanted) continue;
    const badge = document.createElement("strong");
    badge.className = SCHEDULED;
    badge.textContent = wanted;
    // Before the summary's own text, wherever Decap put it inside the link.
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    let first: Node | null = walker.nextNode();
    while (first && !(first.textContent ?? "").trim()) first = walker.nextNode();
    if (first?.parentNode) first.parentNode.insertBefore(badge, first);
    else link.prepend(badge);
  }
  if (!/#\/collections\/posts\/(?:entries\/|new)/.test(location.hash)) return;
  const label = [...document.querySelectorAll("label")].find(
    (each) => each.textContent?.replace(/ \(optional\)$/i, "").trim() === "Publication date",
  );
  const input = label?.htmlFor ? (document.getElementById(label.htmlFor) as HTMLInputElement | null) : null;
  const bar = label?.parentElement;
  if (!label || !bar) return;
  const day = input?.value && /^\d{4}-\d{2}-\d{2}$/.test(input.value) ? input.value : undefined;
  const wanted = day && day > today ? EDITOR_NOTICES.scheduled(longDate(day)) : "";
  const existing = bar.querySelector(`.${SCHEDULED}`);
  if ((existing?.textContent ?? "") === wanted) return;
  existing?.remove();
  if (!wanted) return;
  labelBadge(label, SCHEDULED, wanted, "margin-left:auto;background:#e8f0fe;color:#0b3d91").setAttribute(
    "role",
    "status",
  );
}

// ----- Fields the check needs: their labels lose Decap's "(optional)" -----

const MARKED = "editorNeedMarked";
const NEEDED = "editor-needed";
let collectionsNow: EditorCollection[] | undefined;
void loadCollections().then((loaded) => (collectionsNow = loaded));

/** The fields of the entry form on screen: a folder collection's, or one file's of a collection of files. */
function fieldsOnScreen(collections: readonly EditorCollection[]): readonly MarkedField[] {
  const [, name, entry] = /#\/collections\/([^/]+)\/(?:entries\/([^/?]+)|new)/.exec(location.hash) ?? [];
  const collection = collections.find((each) => each.name === name);
  if (collection?.files) return collection.files.find((each) => each.name === entry)?.fields ?? [];
  return collection?.fields ?? [];
}

/**
 * Decap's own rules are off (every field is `required: false` to it, so its label says
 * "(optional)"): a field the check needs, and a switch, say nothing, as a required field does in
 * Decap, and one a post needs once it is published says so.
 */
function markNeeded() {
  if (!collectionsNow) return;
  const fields = fieldsOnScreen(collectionsNow);
  if (fields.length === 0) return;
  for (const label of document.querySelectorAll<HTMLLabelElement>("label[for]")) {
    if (label.dataset[MARKED] !== undefined) continue;
    const field = fieldOfLabel(fields, label);
    if (!field) continue;
    label.dataset[MARKED] = "";
    // A switch is on or off, never left empty: "(optional)" says nothing there.
    if (!field.needed_to_save && !field.needed_to_publish && field.widget !== "boolean") continue;
    // Emptied, not hidden: the label's text is the field's name (as read out and as matched), and
    // React sets the same words again only if they change, which they do not.
    const optional = label.querySelector("span");
    if (optional && /optional/i.test(optional.textContent ?? "")) optional.textContent = "";
    // A label drawn again beside the badge of the one it replaced keeps that badge.
    if (!field.needed_to_publish || label.parentElement?.querySelector(`.${NEEDED}`)) continue;
    labelBadge(label, NEEDED, EDITOR_NOTICES.neededToPublish, "background:#fdecea;color:#7a1c12");
  }
}

let marking = false;
new MutationObserver(() => {
  if (marking) return;
  marking = true;
  requestAnimationFrame(() => {
    markScheduled();
    markNeeded();
    marking = false;
  });
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
document.addEventListener("input", () => requestAnimationFrame(markScheduled), true);
