// Adding a sample: detect resets from a falling `current`, store only on change or a sparse
// heartbeat, downsample old samples and cap the count, so the slot is rarely rewritten.
import { QUOTA_KINDS, type QuotaKind } from '../../../common/users-api';
import { HISTORY_LIMITS, type HistoryState, type Sample } from './history-state';

export interface AddResult {
  state: HistoryState;
  /** True when the state changed and should be persisted. */
  stored: boolean;
  /** Quotas whose `current` fell since the previous sample: a reset. */
  resets: QuotaKind[];
}

function sameValues(a: Sample, b: Sample): boolean {
  return QUOTA_KINDS.every((k) => a[k].current === b[k].current && a[k].limit === b[k].limit);
}

/** Keeps recent samples as they are; older ones one per bucket (the last of each); drops expired. */
export function compact(samples: Sample[], now: number): Sample[] {
  const { retainMs, fullResolutionMs, bucketMs, maxSamples } = HISTORY_LIMITS;
  const kept: Sample[] = [];
  for (const sample of samples) {
    if (sample.t < now - retainMs) continue;
    const previous = kept[kept.length - 1];
    const old = sample.t < now - fullResolutionMs;
    if (old && previous && Math.floor(previous.t / bucketMs) === Math.floor(sample.t / bucketMs)) {
      // Keep a bucket's last value, but never merge across a reset (it would hide it).
      const reset = QUOTA_KINDS.some((k) => sample[k].current < previous[k].current);
      if (!reset) {
        kept[kept.length - 1] = sample;
        continue;
      }
    }
    kept.push(sample);
  }
  return kept.slice(-maxSamples);
}

export function addSample(state: HistoryState, sample: Sample): AddResult {
  const last = state.samples[state.samples.length - 1];
  if (last && sample.t < last.t) return { state, stored: false, resets: [] };
  const resets = last ? QUOTA_KINDS.filter((k) => sample[k].current < last[k].current) : [];
  const lastResetAt = { ...state.lastResetAt };
  for (const kind of resets) lastResetAt[kind] = sample.t;
  const unchanged = last !== undefined && sameValues(last, sample);
  if (unchanged && sample.t - last.t < HISTORY_LIMITS.heartbeatMs) {
    return { state, stored: false, resets };
  }
  const samples = compact([...state.samples, sample], sample.t);
  return { state: { version: 1, samples, lastResetAt }, stored: true, resets };
}
