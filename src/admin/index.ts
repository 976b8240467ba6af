// The editor bundle (editor.js, built by src/integrations/cms-admin.ts): every part of the site's
// editor that runs once Decap CMS has loaded. start.ts, a bundle of its own, runs before it and
// starts the editor with the registrations queued here.
import { editorBlocks } from "./blocks.ts";
import { onEditorStart } from "./registry.ts";
import { yamlInPlace } from "./yaml-in-place.ts";
import "./editor.ts";
import "./text-after-blocks.ts";
import "./block-focus.ts";

onEditorStart((cms, content) => {
  for (const block of editorBlocks(content)) cms.registerEditorComponent(block);
});
// The settings and the site's words keep their comments (their collections' `format` in
// src/lib/cms/config.ts).
onEditorStart((cms) => cms.registerCustomFormat("yaml-in-place", "yaml", yamlInPlace()));
