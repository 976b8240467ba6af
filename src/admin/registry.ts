// The editor's start (start.ts) runs on DOMContentLoaded, after every script of the editor's page
// has loaded; each part of the editor bundle (editor.js) that adds to the loaded editor queues its
// registration here, to run before the editor starts. Both bundles read the queue from `window`, so
// the list survives being bundled twice.
import type { EditorContent } from "../lib/cms/config.ts";

/** The parts of Decap CMS's API the site's registrations use. */
export interface DecapCms {
  registerEditorComponent(component: object): void;
  registerCustomFormat(name: string, extension: string, format: object): void;
  registerWidget(name: string, control: unknown, preview: unknown): void;
  init(options: { config: object }): void;
}

/** A registration: given the loaded editor and the site's lists from config.json. */
export type Registration = (cms: DecapCms, content: EditorContent) => void;

interface EditorWindow {
  CMS_WIDGETS?: Registration[];
  CMS_MANUAL_INIT?: boolean;
  CMS?: DecapCms;
}

export const editorWindow = () => window as unknown as EditorWindow;

/** Queues a registration for the editor's start. */
export function onEditorStart(register: Registration): void {
  (editorWindow().CMS_WIDGETS ??= []).push(register);
}

/** Decap's `h` (React's createElement): an element, or a component, with its props and children. */
export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
/** Decap's `createClass`: a widget's control or preview from its methods. */
export type CreateClass = (spec: Record<string, unknown> & ThisType<never>) => unknown;

/** A value as Decap hands it: an Immutable one when it comes from the file, plain after an edit. */
export interface ImmutableLike {
  toJS(): unknown;
  getIn?(path: unknown[]): unknown;
}

/** What Decap hands a widget's control. */
export interface WidgetProps {
  value: unknown;
  forID: string;
  classNameWrapper: string;
  field: { get(key: string, fallback?: unknown): unknown };
  /** The whole entry as the editor holds it when the widget draws. */
  entry?: ImmutableLike;
  onChange(value: unknown): void;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}

/** A widget's control, as `this` inside its methods. */
export interface Widget<State> {
  props: WidgetProps;
  state: State;
  setState(state: Partial<State>, done?: () => void): void;
}
