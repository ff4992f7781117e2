// `npm start`: read the environment, start the bot, stop cleanly on SIGINT/SIGTERM.
import { loadConfig, ConfigError } from './config.js';
import { startApp } from './app.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const app = await startApp({ config });
  console.log(`Safeguarding assistant listening on ${app.url} (playground: ${config.playgroundEnabled ? app.url + '/' : 'off'})`);
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// A start-up failure is said in one plain line (e.g. "DATA_DIR file <path> is corrupt: ... Move it away ..."), exit code 1.
main().catch((e) => {
  console.error(`Safeguarding assistant could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
