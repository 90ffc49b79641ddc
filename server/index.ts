import { startApp } from './app';

const dev = process.env.NODE_ENV !== 'production';
const port = Number(process.env.PORT ?? 3000);
// Every interface unless HOST narrows it (e.g. 127.0.0.1 behind a local reverse proxy).
const hostname = process.env.HOST || undefined;

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
