// Moved to src/hooks/codeWrap.ts (pure, below the hooks, which use it): re-exported here for the views
// that still import it from src/ui.
export * from '../hooks/codeWrap';
