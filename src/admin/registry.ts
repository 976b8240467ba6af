// The editor's start (start.ts) runs on DOMContentLoaded, after every script of the editor's page
// has loaded; each part of the editor bundle (editor.js) that adds to the loaded editor queues its
// registration here, to run before the editor starts. Both bundles read the queue from `window`, so
// the list survives being bundled twice.
import type { EditorContent } from "../lib/cms/config";

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
