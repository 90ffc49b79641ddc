import { startApp } from './app';
import { env } from '../lib/config/env';

const { NODE_ENV, PORT: port, HOST: hostname } = env();
const dev = NODE_ENV !== 'production';

startApp({ port, hostname, dev })
  .then(({ url, close }) => {
    console.log(`IDG Workshop ready on ${url} (${dev ? 'development' : 'production'})`);
    const stop = () => {
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  })
  .catch((err: unknown) => {
    console.error('IDG Workshop failed to start:', err);
    process.exit(1);
  });
