// react-i18next imports `use-sync-external-store/shim` for React 16/17, which lack the hook.
// React 19 has it built in: vite.config.ts points the shim here, and the first screen does not
// carry a second implementation of a hook React already ships.
export { useSyncExternalStore } from 'react';
