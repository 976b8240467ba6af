import text from "../../content/settings.yaml?raw";
import { parseSettings } from "../lib/site/settings";

/** The practice's validated settings; the single source for name, contact and booking details. */
export const settings = parseSettings(text);
