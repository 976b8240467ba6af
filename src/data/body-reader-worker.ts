import { parentPort, workerData } from "node:worker_threads";
import { readSharedBodies, type BodyReaderTask } from "./body-readers.ts";

// One of the pre-check's body readers on another core (body-readers.ts).
parentPort?.postMessage(readSharedBodies(workerData as BodyReaderTask));
