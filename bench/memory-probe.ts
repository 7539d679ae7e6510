/**
 * Preloaded into the soak's server process (`node --import tsx --import ./bench/memory-probe.ts server/main.ts`):
 * reports process.memoryUsage() over the IPC channel every 10 s and when asked. Does nothing without a channel.
 */
const report = () => process.send?.({ type: 'memory', at: Date.now(), ...process.memoryUsage() });
if (process.send) {
  setInterval(report, 10_000).unref();
  process.on('message', (m) => {
    if (m === 'memory') report();
  });
  // Keep the channel from holding the server open after SIGTERM.
  process.channel?.unref();
}
