// Debian's Chromium for the browser tests (playwright-core never downloads one): where it is, and the flags it is
// started with on this closed network (no background connections, no sandbox as root, a fresh profile per launch).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
