import { describe, expect, it } from "vitest";
import { addressLines, directionsUrl } from "../../src/lib/site/place.ts";

const address = {
  street: "100 Main Street",
  city: "Springfield",
  region: "OR",
  postalCode: "97477",
  country: "US",
};
const visit = { accessibility: [], languages: [], payment: [] };

describe("place", () => {
  it("writes the address as two lines, leaving out what is not given", () => {
    expect(addressLines(address)).toEqual(["100 Main Street", "Springfield, OR 97477"]);
    expect(addressLines({ city: "Springfield", region: "OR", country: "US" })).toEqual(["Springfield, OR"]);
  });

  it("builds a directions link from the address, or the coordinates when given", () => {
    const fromAddress = new URL(directionsUrl({ address, visit }));
    expect(fromAddress.origin + fromAddress.pathname).toBe("https://www.google.com/maps/dir/");
    expect(fromAddress.searchParams.get("api")).toBe("1");
    expect(fromAddress.searchParams.get("destination")).toBe("100 Main Street, Springfield, OR 97477, US");
    const fromGeo = new URL(directionsUrl({ address, visit, geo: { latitude: 44.05, longitude: -123.02 } }));
    expect(fromGeo.searchParams.get("destination")).toBe("44.05,-123.02");
  });

  it("uses the practice's own directions link when it set one", () => {
    const own = "https://maps.apple.com/?daddr=100+Main+Street";
    expect(directionsUrl({ address, visit: { ...visit, directionsUrl: own } })).toBe(own);
  });
});
