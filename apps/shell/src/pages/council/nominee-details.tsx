// What Home Affairs appraises with, side by side: the dossier, the unit's standing year by year (or the person's stated
// criteria with evidence), and the public's comments; then pass, or fail with a reason.
import type { RouterOutputs } from '@thidua/api';
import { Button, formatNumber, useI18n } from '@thidua/ui';
import { useState } from 'react';
import { NomineeComments } from './nominee-comments.js';

type Nomination = RouterOutputs['nominations']['list'][number];

export const NomineeDetails = ({
  n,
  canHide,
  appraise,
}: {
  n: Nomination;
  canHide: boolean;
  appraise: ((result: 'pass' | 'fail', note?: string) => void) | null;
}) => {
  const { t, lang, pick } = useI18n();
  const [note, setNote] = useState('');
  return (
    <div
      className="td-grid"
      style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))' }}
      data-testid={`nominee-${n.id}`}
    >
      <section>
        <h4>{t('propose.documents')}</h4>
        {n.dossier.length === 0 ? (
          <p className="td-muted">—</p>
        ) : (
          <ul>
            {n.dossier.map((d) => (
              <li key={d.documentId}>
                <a href={d.file} target="_blank" rel="noreferrer">
                  {d.name}
                </a>
              </li>
            ))}
          </ul>
        )}
        {n.criteria.length > 0 && (
          <>
            <h4>{t('propose.criteria')}</h4>
            <ul>
              {n.criteria.map((c) => (
                <li key={c.criterionId}>
                  {c.criterionId}: {t(c.met ? 'council.criterionMet' : 'council.criterionNotMet')}
                  {c.initiativeId && (
                    <>
                      {' '}
                      · {t('propose.initiative')} {c.initiativeId}
                    </>
                  )}
                  {c.evidenceFile && (
                    <>
                      {' '}
                      ·{' '}
                      <a href={c.evidenceFile} target="_blank" rel="noreferrer">
                        {t('common.evidence')}
                      </a>
                    </>
                  )}
                  {c.note && <div className="td-muted">{c.note}</div>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section>
        <h4>
          {t('propose.standing')}: {formatNumber(n.standing.score, lang)}
        </h4>
        {n.standing.explanation && <p>{pick(n.standing.explanation)}</p>}
        {n.standing.years.length > 0 && (
          // Year by year, each opening on its criteria: the unit's own evaluation, criterion by criterion.
          <div data-testid="standing-years">
            {n.standing.years.map((y, i) => (
              <details key={y.year} open={i === n.standing.years.length - 1}>
                <summary>
                  {y.year}: {t(`dash.${y.eligibility}`)}
                  {y.score !== null ? ` · ${formatNumber(y.score, lang)}` : ` · ${t('council.noApprovedReport')}`}
                </summary>
                <ul>
                  {y.criteria.map((c) => (
                    <li key={c.criterionId} data-status={c.status}>
                      {c.criterionId}: {pick(c.explanation)}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </div>
        )}
      </section>
      <section>
        <h4>{t('council.publicComments', { count: n.comments })}</h4>
        <NomineeComments nominationId={n.id} canHide={canHide} />
      </section>
      {appraise && (
        <section style={{ display: 'grid', gap: 4, alignContent: 'start' }}>
          <h4>{t('council.appraise')}</h4>
          <Button onClick={() => appraise('pass')}>{t('council.pass')}</Button>
          <label htmlFor={`fail-${n.id}`}>{t('council.failNote')}</label>
          <input id={`fail-${n.id}`} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          <Button tone="secondary" disabled={!note.trim()} onClick={() => appraise('fail', note)}>
            {t('council.fail')}
          </Button>
        </section>
      )}
    </div>
  );
};
