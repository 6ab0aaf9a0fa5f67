// One target figure: enter or re-enter it with its source, approve it, or correct an approved one with a reason.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RouterOutputs } from '@thidua/api';
import { Button, ErrorNote, errorText, StatusBadge, useApi, useI18n } from '@thidua/ui';
import { readMeasureValue, unambiguousSpellings } from '@thidua/ui/forms';
import { useState } from 'react';

type Row = RouterOutputs['targets']['observations'][number];

/** Percentages stop at 100; other figures (counts, ranks) at what the API accepts. */
const maxOf = (row: Row) => (row.unit === 'percent' ? 100 : 1000);
/** The figure read as every form reads figures ("1.000,5", "85 %"), within the target's range. */
const readFigure = (row: Row, raw: string) =>
  readMeasureValue({ kind: 'score', op: 'gte', threshold: 0, max: maxOf(row) }, raw);

export const TargetRow = ({ row, year, canApprove }: { row: Row; year: number; canApprove: boolean }) => {
  const { t, lang, pick } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const o = row.observation;
  const [value, setValue] = useState(o ? String(o.value).replace('.', lang === 'vi' ? ',' : '.') : '');
  const [source, setSource] = useState(o?.source ?? '');
  const [reason, setReason] = useState('');
  const [correcting, setCorrecting] = useState(false);
  const reading = readFigure(row, value);
  const parsed = reading.ok ? reading.value : NaN;
  const valid = value.trim() !== '' && reading.ok;
  const done = () => void queryClient.invalidateQueries({ queryKey: ['targets.observations', year] });
  const record = useMutation({
    mutationFn: () =>
      api.targets.record.mutate({
        targetId: row.targetId,
        year,
        sectorId: row.sectorId,
        value: parsed,
        ...(source.trim() ? { source: source.trim() } : {}),
      }),
    onSuccess: done,
  });
  const approve = useMutation({
    mutationFn: () => api.targets.approve.mutate({ observationId: o!.id, version: o!.version }),
    onSuccess: done,
  });
  const correct = useMutation({
    mutationFn: () =>
      api.targets.correct.mutate({
        observationId: o!.id,
        version: o!.version,
        value: parsed,
        ...(source.trim() ? { source: source.trim() } : {}),
        reason,
      }),
    onSuccess: () => {
      setCorrecting(false);
      setReason('');
      done();
    },
  });
  const approved = o?.status === 'approved';
  const error = record.error ?? approve.error ?? correct.error;
  const id = `${row.targetId}-${row.sectorId || 'all'}`;
  return (
    <tr data-target={row.targetId} data-sector={row.sectorId || undefined}>
      <th scope="row" style={{ fontWeight: 400 }}>
        <code>{row.targetId}</code> {pick(row.label)}
      </th>
      <td>{row.sectorLabel ? pick(row.sectorLabel) : '—'}</td>
      <td>
        <input
          id={`${id}-value`}
          aria-label={`${t('target.value')} ${row.targetId}`}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          disabled={approved && !correcting}
          aria-invalid={value !== '' && !valid}
          style={{ width: 90 }}
        />
        {value !== '' && !reading.ok && (
          <small className="td-error-text" role="alert">
            {reading.problem === 'ambiguous'
              ? t('value.ambiguous', {
                  raw: value.trim(),
                  first: unambiguousSpellings(reading.readings)[0],
                  second: unambiguousSpellings(reading.readings)[1],
                })
              : reading.problem === 'not-a-number'
                ? t('value.notNumber')
                : t('target.tooBig', { max: maxOf(row) })}
          </small>
        )}
      </td>
      <td>
        <input
          aria-label={`${t('target.source')} ${row.targetId}`}
          value={source}
          maxLength={500}
          onChange={(e) => setSource(e.target.value)}
          disabled={approved && !correcting}
        />
      </td>
      <td>
        <StatusBadge
          status={o ? (approved ? 'approved' : 'submitted') : 'missing'}
          label={t(`target.status.${o?.status ?? 'none'}`)}
        />
      </td>
      <td>
        <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          {!approved && (
            <Button tone="secondary" busy={record.isPending} disabled={!valid} onClick={() => record.mutate()}>
              {t('target.save')}
            </Button>
          )}
          {!approved && o && canApprove && (
            <Button busy={approve.isPending} onClick={() => approve.mutate()}>
              {t('target.approve')}
            </Button>
          )}
          {approved && canApprove && !correcting && (
            <Button tone="secondary" onClick={() => setCorrecting(true)}>
              {t('target.correct')}
            </Button>
          )}
          {correcting && (
            <>
              <input
                aria-label={t('target.reason')}
                placeholder={t('target.reason')}
                value={reason}
                maxLength={1000}
                onChange={(e) => setReason(e.target.value)}
              />
              <Button
                busy={correct.isPending}
                disabled={!valid || reason.trim().length < 10}
                onClick={() => correct.mutate()}
              >
                {t('common.confirm')}
              </Button>
              <Button tone="secondary" onClick={() => setCorrecting(false)}>
                {t('common.cancel')}
              </Button>
            </>
          )}
        </div>
        {error && <ErrorNote message={errorText(error, lang)} />}
      </td>
    </tr>
  );
};
