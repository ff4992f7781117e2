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

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
