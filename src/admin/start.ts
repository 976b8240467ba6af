// Loaded before the editor's own script (decap-cms.js) on the editor's page, as start.js: Decap
// CMS reads CMS_MANUAL_INIT when its script runs, and starts itself unless the flag is set. The
// site starts it instead, once the configuration built from the content schemas (config.json) has
// arrived and every registration the editor bundle queued (registry.ts) has run.
import type { EditorContent } from "../lib/cms/config.ts";
import { editorWindow } from "./registry.ts";

editorWindow().CMS_MANUAL_INIT = true;

window.addEventListener("DOMContentLoaded", async () => {
  const response = await fetch("config.json", { cache: "no-cache" });
  const { config, content } = (await response.json()) as { config: object; content: EditorContent };
  const { CMS: cms, CMS_WIDGETS: registrations = [] } = editorWindow();
  if (!cms) throw new Error("The editor's script (decap-cms.js) did not load.");
  for (const register of registrations) register(cms, content);
  cms.init({ config });
});
