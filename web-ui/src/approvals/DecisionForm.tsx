import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorName, type Actor } from '../api/caseTypes';
import type { Me } from '../api/types';

export type Decision = 'APPROVE' | 'REJECT';

/** Nobody approves their own request: the buttons are not even offered (the service refuses it as well). */
export function isOwnRequest(requestedBy: Actor, me: Me): boolean {
  const name = actorName(requestedBy);
  return name !== '' && name === me.username;
}

/**
 * Approve or reject with a comment. A rejection must say why, so the worker knows what to change; an approval
 * may say nothing.
 */
export function DecisionForm({
  idPrefix,
  label,
  onDecide,
}: {
  idPrefix: string;
  label: string;
  onDecide: (decision: Decision, comment: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  const [busy, setBusy] = useState(false);
  const commentId = `${idPrefix}-comment`;

  const decide = async (decision: Decision) => {
    if (decision === 'REJECT' && comment.trim() === '') {
      setMissingComment(true);
      document.getElementById(commentId)?.focus();
      return;
    }
    setMissingComment(false);
    setBusy(true);
    try {
      await onDecide(decision, comment.trim());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="decision-form"
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void decide('APPROVE');
      }}
    >
      <div className="field">
        <label htmlFor={commentId}>{t('approvals.comment')}</label>
        <textarea
          id={commentId}
          name="comment"
          rows={2}
          value={comment}
          aria-invalid={missingComment ? true : undefined}
          aria-describedby={`${commentId}-error`}
          onChange={(event) => setComment(event.target.value)}
        />
        <p id={`${commentId}-error`} className="field-error" role={missingComment ? 'alert' : undefined}>
          {missingComment ? t('approvals.commentRequired') : ''}
        </p>
      </div>
      <div className="actions">
        <button type="submit" data-testid="approve" disabled={busy}>
          {t('approvals.approve')}
        </button>
        <button type="button" data-testid="reject" disabled={busy} onClick={() => void decide('REJECT')}>
          {t('approvals.reject')}
        </button>
      </div>
    </form>
  );
}
