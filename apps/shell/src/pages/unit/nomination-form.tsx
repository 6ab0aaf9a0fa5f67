// Proposing the unit or one of its people for an award in a review window, with the criteria and the dossier the
// movement asks for; then the unit's proposals so far.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  ErrorNote,
  errorText,
  formatDate,
  Notice,
  QueryView,
  ReviewSelect,
  todayInVietnam,
  useApi,
  useI18n,
  useReviewChoice,
  type Calendar,
} from '@thidua/ui';
import { useState } from 'react';
import { DossierFields, missingDocuments, type DossierFile } from './nominations/dossier-fields.js';
import { OwnNominations } from './nominations/own-nominations.js';
import { missingEvidence, StatedCriteriaFields, type StatedCriterion } from './nominations/stated-criteria-fields.js';

export const NominationForm = ({ unitId, calendar }: { unitId: string; calendar: Calendar }) => {
  const { t, lang, pick } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [reviewId, setReviewId] = useReviewChoice(calendar);
  const [awardClass, setAwardClass] = useState<'collective' | 'individual'>('collective');
  const [personId, setPersonId] = useState('');
  const [achievements, setAchievements] = useState('');
  const [criteria, setCriteria] = useState<Record<string, StatedCriterion>>({});
  const [dossier, setDossier] = useState<Record<string, DossierFile>>({});
  // A new form (after sending, or for another review) starts with empty upload fields too.
  const [formKey, setFormKey] = useState(0);
  const review = calendar.reviews.find((r) => r.id === reviewId);
  // The same window the API checks (assertReviewOpen): the review's days, on the movement's calendar.
  const today = todayInVietnam();
  const open = !!review && today >= review.start && today <= review.end;
  const requirements = useQuery({
    queryKey: ['nominations.requirements', reviewId],
    queryFn: () => api.nominations.requirements.query({ reviewId }),
  });
  const people = useQuery({
    queryKey: ['people.list', unitId],
    queryFn: () => api.people.list.query({ unitId }),
    enabled: awardClass === 'individual',
  });
  const propose = useMutation({
    mutationFn: () => {
      const files = Object.values(dossier);
      return awardClass === 'collective'
        ? api.nominations.propose.mutate({ awardClass, reviewId, unitId, achievements, dossier: files })
        : api.nominations.propose.mutate({
            awardClass,
            reviewId,
            personId,
            achievements,
            dossier: files,
            criteria: Object.values(criteria),
          });
    },
    onSuccess: () => {
      setAchievements('');
      setCriteria({});
      setDossier({});
      setPersonId('');
      setFormKey((k) => k + 1);
      void queryClient.invalidateQueries({ queryKey: ['nominations.list'] });
    },
  });
  const needs = requirements.data;
  // Every reason the button is disabled is said on screen.
  const missing = needs
    ? [
        ...(achievements.trim().length < 20 ? [t('unit.achievements')] : []),
        ...(awardClass === 'individual' && !personId ? [t('propose.person')] : []),
        ...(awardClass === 'individual'
          ? missingEvidence(needs.individualCriteria, criteria).map((c) => `${c.id} (${pick(c.label)})`)
          : []),
        ...missingDocuments(needs.dossier, dossier).map((d) => pick(d.label)),
      ]
    : [];
  return (
    <Card
      title={t('unit.nominate')}
      testId="nominations"
      actions={
        <ReviewSelect
          label={t('dash.review')}
          calendar={calendar}
          value={reviewId}
          onChange={(r) => {
            setReviewId(r);
            setDossier({});
            setCriteria({});
            setFormKey((k) => k + 1);
          }}
        />
      }
    >
      {review && (
        <Notice tone={open ? 'info' : 'warn'}>
          {t(open ? 'unit.reviewOpen' : 'unit.reviewClosed', {
            review: reviewId,
            from: formatDate(review.start, lang),
            to: formatDate(review.end, lang),
          })}
        </Notice>
      )}
      <QueryView query={requirements}>
        {(req) => (
          <form
            key={formKey}
            onSubmit={(e) => {
              e.preventDefault();
              propose.mutate();
            }}
          >
            <fieldset className="td-fieldset">
              <legend>{t('propose.class')}</legend>
              {(['collective', 'individual'] as const).map((c) => (
                <label key={c} style={{ marginRight: 16 }}>
                  <input
                    type="radio"
                    name="award-class"
                    value={c}
                    checked={awardClass === c}
                    onChange={() => {
                      setAwardClass(c);
                      propose.reset();
                    }}
                  />{' '}
                  {t(`propose.${c}`)}
                </label>
              ))}
            </fieldset>
            {awardClass === 'individual' && (
              <QueryView query={people}>
                {(rows) =>
                  rows.length === 0 ? (
                    <Notice tone="warn">{t('propose.noPeople')}</Notice>
                  ) : (
                    <div className="td-field">
                      <label htmlFor="nominee-person">{t('propose.person')}</label>
                      <select
                        id="nominee-person"
                        value={personId}
                        onChange={(e) => {
                          setPersonId(e.target.value);
                          setCriteria({});
                        }}
                      >
                        <option value="">—</option>
                        {rows.map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.fullName}
                            {p.position ? `, ${p.position}` : ''}
                            {p.isCitizen ? ` (${t('people.citizen')})` : ''}
                          </option>
                        ))}
                      </select>
                      <span className="td-hint">{t('propose.personHint')}</span>
                    </div>
                  )
                }
              </QueryView>
            )}
            <div className="td-field">
              <label htmlFor="achievements">{t('unit.achievements')}</label>
              <textarea
                id="achievements"
                rows={3}
                value={achievements}
                onChange={(e) => setAchievements(e.target.value)}
                minLength={20}
                maxLength={5000}
              />
            </div>
            {awardClass === 'individual' && personId && (
              <StatedCriteriaFields
                criteria={req.individualCriteria}
                personId={personId}
                value={criteria}
                onChange={setCriteria}
              />
            )}
            <DossierFields documents={req.dossier} value={dossier} onChange={setDossier} />
            {open && missing.length > 0 && (
              <p className="td-hint" data-testid="propose-missing">
                {t('propose.missing', { items: missing.join('; ') })}
              </p>
            )}
            {propose.isError && <ErrorNote message={errorText(propose.error, lang)} />}
            {propose.isSuccess && (
              <Notice tone="ok">{t('propose.sent', { explanation: pick(propose.data.explanation) })}</Notice>
            )}
            <Button type="submit" busy={propose.isPending} disabled={!open || missing.length > 0}>
              {t(awardClass === 'collective' ? 'propose.sendCollective' : 'propose.sendIndividual')}
            </Button>
          </form>
        )}
      </QueryView>
      <OwnNominations reviewId={reviewId} open={open} />
    </Card>
  );
};
