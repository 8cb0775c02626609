import { versionFloor } from '@/utils/storage/update-state';

/**
 * The highest campaign version ever accepted, with the digest of the signed bytes
 * that carried it. Kept apart from the update itself, so losing or clearing the
 * stored update does not let an older signed feed in again; the bundled version
 * is the floor below it. Only a feed with exactly those bytes may bring that
 * version back (the update the user had, restored after a loss).
 */
export interface VersionFloor {
  version: number;
  /** SHA-256 of the accepted signed document, base64; null for the bundled floor (no feed carries it). */
  digest: string | null;
}

/** The floor for `bundledVersion`: the stored one if it is well formed and higher, else the bundled version. */
export async function loadVersionFloor(bundledVersion: number): Promise<VersionFloor> {
  const stored = await versionFloor.getValue();
  return stored && stored.version >= bundledVersion ? stored : { version: bundledVersion, digest: null };
}

/** Raises the floor to `version`; never lowers it, whatever a concurrent writer stored meanwhile. */
export async function raiseVersionFloor(version: number, digest: string): Promise<void> {
  const current = await loadVersionFloor(0);
  if (current.version >= version) return;
  await versionFloor.setValue({ version, digest });
}
