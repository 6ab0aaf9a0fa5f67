// A council member's secret vote: nothing is chosen beforehand, and a review step shows every choice before it is sent
// (a sent ballot cannot be changed).
import type { RouterOutputs } from '@thidua/api';
import { Button, ConfirmStep, useI18n } from '@thidua/ui';
import { useState } from 'react';

type Choice = 'yes' | 'no' | 'abstain';
type Nomination = RouterOutputs['nominations']['list'][number];

export const VoteForm = ({
  nominees,
  busy,
  send,
}: {
  nominees: readonly Nomination[];
  busy: boolean;
  send: (choices: Array<{ nominationId: string; choice: Choice }>) => void;
}) => {
  const { t } = useI18n();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [reviewing, setReviewing] = useState(false);
  const unanswered = nominees.filter((n) => !choices[n.id]);
  if (reviewing) {
    return (
      <ConfirmStep
        label={t('council.reviewVote')}
        busy={busy}
        onConfirm={() => send(nominees.map((n) => ({ nominationId: n.id, choice: choices[n.id]! })))}
        onCancel={() => setReviewing(false)}
        confirmLabel={t('council.vote')}
      >
        <p>
          <strong>{t('council.reviewVote')}</strong>
        </p>
        <ul data-testid="vote-review">
          {nominees.map((n) => (
            <li key={n.id}>
              {n.nominee}: <strong>{t(`council.${choices[n.id]!}`)}</strong>
            </li>
          ))}
        </ul>
        <p>{t('council.voteFinal')}</p>
      </ConfirmStep>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setReviewing(true);
      }}
    >
      {nominees.map((n) => (
        <fieldset key={n.id} className="td-fieldset">
          <legend>{n.nominee}</legend>
          {(['yes', 'no', 'abstain'] as const).map((c) => (
            <label key={c} style={{ marginRight: 12 }}>
              <input
                type="radio"
                name={`vote-${n.id}`}
                value={c}
                checked={choices[n.id] === c}
                onChange={() => setChoices((s) => ({ ...s, [n.id]: c }))}
              />{' '}
              {t(`council.${c}`)}
            </label>
          ))}
        </fieldset>
      ))}
      {unanswered.length > 0 && <p className="td-hint">{t('council.chooseAll', { count: unanswered.length })}</p>}
      <Button type="submit" disabled={unanswered.length > 0}>
        {t('council.reviewVote')}
      </Button>
    </form>
  );
};
