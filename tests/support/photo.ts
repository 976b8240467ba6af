import sharp from "sharp";

/** A seeded pseudo-random number generator (mulberry32): the same seed draws the same numbers. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Grey grain around 128 (a camera sensor's noise), `sigma` levels wide, as raw RGB bytes. */
function grain(width: number, height: number, sigma: number, random: () => number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 2) {
    // Box-Muller: two uniform numbers give two normally distributed ones.
    const radius = Math.sqrt(-2 * Math.log(1 - random())) * sigma;
    const angle = 2 * Math.PI * random();
    pixels[i] = Math.max(0, Math.min(255, Math.round(128 + radius * Math.cos(angle))));
    if (i + 1 < pixels.length)
      pixels[i + 1] = Math.max(0, Math.min(255, Math.round(128 + radius * Math.sin(angle))));
  }
  return pixels;
}

/**
 * A camera-sized test photo that compresses like a real one: 1,500 overlapping translucent discs
 * of every size (edges and colour changes at every scale, as in a room with furniture, plants and
 * a window) under a sensor's grain. A smooth gradient shrinks to a few kilobytes at any size and
 * would flatter the page's weight and load time. The same `seed` always gives the same photo.
 */
export async function testPhoto(width = 4000, height = 3000, seed = 7): Promise<Buffer> {
  const random = seededRandom(seed);
  const scale = Math.max(width, height) / 4000;
  let discs = "";
  for (let i = 0; i < 1500; i += 1) {
    const x = (random() * width).toFixed(1);
    const y = (random() * height).toFixed(1);
    const r = ((10 + random() * 220) * scale).toFixed(1);
    const hue = Math.floor(random() * 360);
    const saturation = 30 + Math.floor(random() * 40);
    const lightness = 30 + Math.floor(random() * 50);
    const opacity = (0.3 + random() * 0.6).toFixed(2);
    discs += `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${hue},${saturation}%,${lightness}%)" fill-opacity="${opacity}"/>`;
  }
  const scene = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#8a7a66"/>${discs}</svg>`,
  );
  const noise = grain(width, height, 30, random);
  return sharp(scene)
    .composite([{ input: noise, raw: { width, height, channels: 3 }, blend: "overlay" }])
    .jpeg({ quality: 90 })
    .toBuffer();
}
