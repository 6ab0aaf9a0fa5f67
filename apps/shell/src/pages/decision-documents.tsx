// The documents of a review for Home Affairs and the Chair: each signed decision as PDF, one certificate per
// awardee, and the review report; made by the server from the data, each with its verification code.
import { useQuery } from '@tanstack/react-query';
import { Card, DownloadButton, formatDate, QueryView, useApi, useI18n } from '@thidua/ui';

export const DecisionDocuments = ({ reviewId }: { reviewId: string }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const decisions = useQuery({
    queryKey: ['decisions.list', reviewId],
    queryFn: () => api.decisions.list.query({ reviewId }),
  });
  return (
    <Card title={t('documents.title')} testId="decision-documents">
      <p className="td-hint">{t('documents.hint')}</p>
      <DownloadButton
        method="POST"
        href={`/api/documents/review-report/${reviewId}`}
        label={t('documents.reviewPdf', { review: reviewId })}
        testId="review-report-pdf"
      />
      <QueryView query={decisions}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t('documents.none')}</p>
          ) : (
            <ul style={{ listStyle: 'none', padding: 0 }}>
              {rows.map((d) => (
                <li key={d.id} data-decision={d.number}>
                  <h3>{t('documents.decision', { number: d.number, date: formatDate(d.date, lang) })}</h3>
                  <DownloadButton
                    method="POST"
                    href={`/api/documents/award-decision/${encodeURIComponent(d.id)}`}
                    label={`${t('documents.decisionPdf')} ${d.number}`}
                    tone="primary"
                    testId="decision-pdf"
                  />
                  <ul>
                    {d.awards.map((a) => (
                      <li key={a.nominationId} data-award={a.nominationId}>
                        {a.awardee} ({t(`dash.awardClass.${a.awardClass}`)}){' '}
                        <DownloadButton
                          method="POST"
                          href={`/api/documents/certificate/${encodeURIComponent(a.nominationId)}`}
                          label={`${t('documents.certificatePdf')}: ${a.awardee}`}
                          testId="certificate-pdf"
                        />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </Card>
  );
};
