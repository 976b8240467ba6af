// Registers the editor's YAML format that saves only what changed (yaml-in-place.js), with the
// YAML library's browser build served at /admin/yaml/. cms.js calls the registration before it
// starts the editor; the settings and the site's words use the format (src/lib/cms/config.ts).
import * as yaml from "./yaml/index.js";
import { yamlInPlace } from "./yaml-in-place.js";

(window.CMS_WIDGETS = window.CMS_WIDGETS || []).push((cms) =>
  cms.registerCustomFormat("yaml-in-place", "yaml", yamlInPlace(yaml)),
);
