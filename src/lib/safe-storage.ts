/**
 * localStorage that never throws: private modes, blocked storage and full quotas fall back
 * to memory for the rest of the visit, and `persistent` tells the UI so it can say it once.
 * Storage that can be read but not written (a full quota) is still read: what was saved
 * before it filled up is not lost.
 */
export interface SafeStorage {
  read(key: string): string | null;
  write(key: string, value: string): void;
  remove(key: string): void;
  readonly persistent: boolean;
}

export function createSafeStorage(getStorage: () => Storage = () => window.localStorage): SafeStorage {
  const memory = new Map<string, string>();
  let storage: Storage | null = null;
  let writable = false;
  try {
    storage = getStorage();
    const probe = '__delega_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    writable = true;
  } catch {
    // Blocked (getStorage threw): storage stays null. Full (the probe could not be written):
    // keep it for reading; every write is still tried, and falls back to memory.
  }

  const self: SafeStorage = {
    persistent: writable,
    read(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        if (!storage) throw new Error('no storage');
        storage.setItem(key, value);
        memory.delete(key);
      } catch {
        memory.set(key, value);
        (self as { persistent: boolean }).persistent = false;
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to undo: the memory copy is gone, which is what the user asked for.
      }
    },
  };
  return self;
}
