// Saving a draft's figures, for any kind of submission: the first save creates it, a later one must name the version
// it started from (optimistic locking), and a submission already sent takes no new figures.
import { isEditable } from '@thidua/domain';
import type { Context } from '../context.js';
import { appError } from '../errors.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import type { SubmissionStore } from './submission-store.js';

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const saveDraft = <Key, Value>(
  ctx: Context,
  store: SubmissionStore<Key, Value>,
  key: Key,
  input: { version?: number; values: readonly Value[] },
  auditData: Record<string, unknown>,
) =>
  mutate(ctx, async (tx) => {
    const existing = await store.find(tx, key);
    let id: string;
    let version: number;
    if (!existing) {
      ({ id, version } = await store.create(tx, key));
    } else {
      if (!isEditable(existing.status))
        throw appError(
          'PRECONDITION_FAILED',
          `${sentence(store.noun.vi)} đã nộp hoặc đã duyệt: không sửa được`,
          `The ${store.noun.en} was submitted or approved: it cannot be edited`,
        );
      expectOneUpdated(
        await store.update(tx, { id: existing.id, version: input.version ?? -1 }, { version: { increment: 1 } }),
      );
      id = existing.id;
      version = existing.version + 1;
    }
    await store.replaceValues(tx, id, input.values);
    return {
      result: { reportId: id, version },
      audit: { action: `${store.audit.prefix}.save_draft`, entity: store.audit.entity, entityId: id, data: auditData },
    };
  });
