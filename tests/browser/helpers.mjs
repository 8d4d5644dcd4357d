// What the browser tests share: starting a program and waiting for the line that says it is ready, and
// Debian's Chromium as playwright-core drives it here, and the contrast of what a page shows.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

// Starts `command` and resolves once its output matches `pattern`: { child, match, log() }.
export function startAndWaitFor(command, args, options, pattern) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${output}`)), 15000);
    const look = (chunk) => {
      output += chunk;
      const match = output.match(pattern);
      if (match) { clearTimeout(timer); resolve({ child, match, log: () => output }); }
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}:\n${output}`)));
  });
}

export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
           '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

// Every text of a page against the background it is drawn on (the backgrounds of its ancestors composed, as
// the browser paints them): the ratios below WCAG AA's 4.5:1, named.
export async function lowContrast(page) {
  return page.evaluate(() => {
    const parse = (c) => { const p = (c.match(/[\d.]+/g) || []).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
    const over = (top, under) => ({ r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
      b: top.b * top.a + under.b * (1 - top.a), a: 1 });
    const lum = ({ r, g, b }) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    const background = (el) => {
      const chain = [];
      for (let e = el; e; e = e.parentElement) chain.unshift(e);
      let bg = dark ? { r: 18, g: 18, b: 18, a: 1 } : { r: 255, g: 255, b: 255, a: 1 }; // the canvas
      for (const e of chain) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c.a > 0) bg = over(c, bg);
      }
      return bg;
    };
    const found = [];
    const seen = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!node.textContent.trim() || seen.has(el)) continue;
      seen.add(el);
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || !el.getClientRects().length) continue;
      const bg = background(el);
      const fg = over(parse(style.color), bg);
      const [x, y] = [lum(fg), lum(bg)].sort((p, q) => q - p);
      const ratio = (x + 0.05) / (y + 0.05);
      if (ratio < 4.5)
        found.push(`${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''} "${node.textContent.trim().slice(0, 24)}" ${ratio.toFixed(2)}:1`);
    }
    return found;
  });
}
