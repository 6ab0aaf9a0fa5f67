// The dossier the movement's procedure asks for (tờ trình, báo cáo thành tích, biên bản bình xét): one upload each.
import type { RouterInputs, RouterOutputs } from '@thidua/api';
import { EvidenceUpload, useI18n } from '@thidua/ui';

export type DossierFile = RouterInputs['nominations']['propose']['dossier'][number];
type Document = RouterOutputs['nominations']['requirements']['dossier'][number];

/** The required documents not yet uploaded. */
export const missingDocuments = (
  documents: readonly Document[],
  files: Readonly<Record<string, DossierFile>>,
): Document[] => documents.filter((d) => d.required && !files[d.id]);

export const DossierFields = ({
  documents,
  value,
  onChange,
}: {
  documents: readonly Document[];
  value: Readonly<Record<string, DossierFile>>;
  onChange: (next: Record<string, DossierFile>) => void;
}) => {
  const { t, pick } = useI18n();
  if (documents.length === 0) return null;
  return (
    <fieldset className="td-fieldset" data-testid="dossier">
      <legend>{t('propose.dossier')}</legend>
      {documents.map((d) => (
        <div key={d.id} data-document={d.id}>
          <EvidenceUpload
            label={`${pick(d.label)}${d.required ? ` (${t('propose.required')})` : ''}`}
            onUploaded={(url) =>
              onChange({ ...value, [d.id]: { documentId: d.id, file: new URL(url).pathname, name: pick(d.label) } })
            }
          />
        </div>
      ))}
    </fieldset>
  );
};
