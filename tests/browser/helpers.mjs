// What the browser tests share: starting a program and waiting for the line that says it is ready, and
// Debian's Chromium as playwright-core drives it here.
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
