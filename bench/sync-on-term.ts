// Preloaded into the benchmark's server processes when BENCH_SERVER_ARGS is set (profiling):
// SIGTERM then exits normally, so that --cpu-prof and --heap-prof write their files.
process.on('SIGTERM', () => process.exit(0));
