import { startApp } from './app';
import { env } from '../lib/config/env';
import { logger } from '../lib/log/logger';

const { NODE_ENV, PORT: port, HOST: hostname } = env();
const dev = NODE_ENV !== 'production';
const log = logger('server');

startApp({ port, hostname, dev })
  .then(({ url, close }) => {
    log.info({ url, mode: dev ? 'development' : 'production' }, 'ready');
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
    log.fatal({ err }, 'failed-to-start');
    process.exit(1);
  });
