// An irreversible step that needs a reason for the audit log (withdraw a proposal, hide a comment, cancel a ballot):
// what will happen, the reason with its limits, then confirm or cancel; confirming waits for a long enough reason.
import { useId, useState, type ReactNode } from 'react';
import { ConfirmStep } from './confirm-step.js';
import { ErrorNote } from './primitives.js';

export const ReasonStep = ({
  label,
  reasonLabel,
  minLength,
  maxLength,
  busy,
  error,
  onConfirm,
  onCancel,
  children,
}: {
  label: string;
  reasonLabel: string;
  minLength: number;
  maxLength: number;
  busy: boolean;
  /** The server's refusal, already in the reader's language. */
  error?: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
  children?: ReactNode;
}) => {
  const id = useId();
  const [reason, setReason] = useState('');
  return (
    <ConfirmStep
      label={label}
      busy={busy}
      disabled={reason.trim().length < minLength}
      onConfirm={() => onConfirm(reason.trim())}
      onCancel={onCancel}
      confirmLabel={label}
    >
      {children}
      <div className="td-field">
        <label htmlFor={id}>{reasonLabel}</label>
        <input
          id={id}
          value={reason}
          minLength={minLength}
          maxLength={maxLength}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {error && <ErrorNote message={error} />}
    </ConfirmStep>
  );
};
