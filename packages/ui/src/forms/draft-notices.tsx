// What a versioned draft tells its editor, the same on every submission form: a newer version saved by someone else,
// a draft restored from the browser (with the way back to what is saved), and that typing is kept locally.
import { Button, formatDateTime, Notice, useI18n } from '@thidua/ui';
import type { VersionedDraft } from './use-versioned-draft.js';

export const NewerVersionNotice = ({ draft }: { draft: VersionedDraft }) => {
  const { t } = useI18n();
  if (!draft.newerOnServer) return null;
  return (
    <Notice tone="warn">
      {t('form.newer')}{' '}
      <Button tone="secondary" onClick={draft.loadLatest}>
        {t('form.loadLatest')}
      </Button>
    </Notice>
  );
};

export const KeptDraftNotices = ({ draft }: { draft: VersionedDraft }) => {
  const { t, lang } = useI18n();
  const { restoredAt, keptAt } = draft.kept;
  return (
    <>
      {restoredAt !== null && (
        <Notice tone="warn" testId="draft-restored">
          {t('form.restored', { at: formatDateTime(restoredAt, lang) })}{' '}
          <Button tone="secondary" onClick={draft.loadLatest}>
            {t('form.discardRestored')}
          </Button>
        </Notice>
      )}
      {draft.dirty && keptAt !== null && (
        <p className="td-hint" role="status" data-testid="draft-kept">
          {t('form.keptLocally', { at: formatDateTime(keptAt, lang) })}
        </p>
      )}
    </>
  );
};
