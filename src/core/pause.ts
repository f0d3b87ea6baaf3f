/**
 * Waits `ms`, or rejects as soon as `signal` aborts: the debounce of a
 * search inside a Task, so that a newer keystroke cancels the older wait.
 */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
