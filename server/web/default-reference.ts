import { projectPath } from '../paths.ts';
import { loadReference } from '../checks/reference-load.ts';
import type { Reference } from '../checks/reference.ts';

// The reference data of the shipped corpus/ folder, for an app created without its own (tests,
// scripts). `xinda serve` passes the one of its --corpus folder, which its checks use too.
// Loaded once per process, so every app shares it and the name analysis's caches built on it.

const SHIPPED_CORPUS = projectPath('corpus');

let shipped: Reference | undefined;

export function shippedReference(): Reference {
  return (shipped ??= loadReference(SHIPPED_CORPUS));
}
