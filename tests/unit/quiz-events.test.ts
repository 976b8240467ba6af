// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { emitQuizEvent } from "../../src/lib/quiz/events.ts";

const withDataLayer = window as unknown as { dataLayer?: unknown[] };

describe("quiz events", () => {
  afterEach(() => {
    delete withDataLayer.dataLayer;
  });

  it("dispatches on document with only the step or the type", () => {
    const seen: unknown[] = [];
    const listener = (event: Event) => seen.push([event.type, (event as CustomEvent).detail]);
    for (const name of ["quiz:start", "quiz:step", "quiz:result"]) document.addEventListener(name, listener);
    emitQuizEvent("quiz:start", {});
    emitQuizEvent("quiz:step", { step: 2 });
    emitQuizEvent("quiz:result", { type: "swedish" });
    expect(seen).toEqual([
      ["quiz:start", {}],
      ["quiz:step", { step: 2 }],
      ["quiz:result", { type: "swedish" }],
    ]);
  });

  it("pushes to dataLayer only when the page has one", () => {
    emitQuizEvent("quiz:step", { step: 3 });
    expect(withDataLayer.dataLayer).toBeUndefined();
    withDataLayer.dataLayer = [];
    emitQuizEvent("quiz:step", { step: 3 });
    emitQuizEvent("quiz:result", { type: "doctor" });
    expect(withDataLayer.dataLayer).toEqual([
      { event: "quiz:step", step: 3 },
      { event: "quiz:result", type: "doctor" },
    ]);
  });
});
