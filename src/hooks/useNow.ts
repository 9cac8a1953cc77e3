import { useEffect, useState } from 'react';

/**
 * The current time, ticking every `ms` while `active` (countdowns, elapsed times); still otherwise.
 * Call it in the component that shows the time (LiveJobsPanel), not in a screen: each tick re-renders
 * the component that holds it and everything below.
 */
export function useNow(active: boolean, ms = 1000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [active, ms]);
  return now;
}
