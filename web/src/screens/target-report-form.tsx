import { useState } from 'preact/hooks';
import { TargetReportSchema } from '../../../shared/domain/forms/target-report';
import { ApiError, api } from '../api/client';
import type { TargetRowView } from '../api/types';
import { FileDrop } from '../files/file-drop';
import { type IssueMap, toIssueMap, validate } from '../lib/form-issues';
import { ApiErrorNotice } from '../ui/api-error';
import { Field } from '../ui/field';
import { NumberInput, TextField } from '../ui/inputs';

/**
 * A unit's report on a target no nomination measures: how many reached it (out of how many), a
 * note, and the document that proves it, uploaded to the unit's files. A second report is a new
 * version of the first (sent with the version read, so no change overwrites another unseen).
 */
export function TargetReportForm({
  campaignId,
  targetIndex,
  row,
  onSaved,
}: {
  campaignId: string;
  targetIndex: number;
  row: TargetRowView;
  onSaved: () => void;
}) {
  const unitId = row.unitId ?? '';
  const [achieved, setAchieved] = useState<number | undefined>(row.report?.achieved);
  const [population, setPopulation] = useState<number | undefined>(row.report?.population);
  const [note, setNote] = useState<string | undefined>(row.report?.note);
  const [title, setTitle] = useState<string | undefined>(row.report?.evidence.title);
  const [file, setFile] = useState<{ fileRef: string; fileName: string } | undefined>(
    row.report ? { fileRef: row.report.evidence.fileRef, fileName: row.report.evidence.title } : undefined,
  );
  const [issues, setIssues] = useState<IssueMap>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const id = (name: string) => `report-${targetIndex}-${unitId}-${name}`;

  const save = async () => {
    const body = {
      unitId,
      achieved,
      ...(population === undefined ? {} : { population }),
      ...(note ? { note } : {}),
      evidence: { title: title ?? '', fileRef: file?.fileRef ?? '' },
    };
    const local = validate(TargetReportSchema, body);
    if (!local.ok) {
      setIssues(local.issues);
      return;
    }
    setIssues({});
    setBusy(true);
    setError(undefined);
    try {
      await api.put(`/campaigns/${encodeURIComponent(campaignId)}/targets/${targetIndex}/report`, {
        body: local.value,
        ...(row.report?.version ? { version: row.report.version } : {}),
      });
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.issues.length > 0) setIssues(toIssueMap(e.issues));
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset disabled={busy}>
      <legend>Báo cáo kết quả của {row.unitName ?? unitId}</legend>
      <div class="grid-3">
        <Field name={id('achieved')} label="Số đạt" error={issues.achieved} required>
          {(c) => <NumberInput control={c} value={achieved} onChange={setAchieved} />}
        </Field>
        <Field
          name={id('population')}
          label="Trên tổng số"
          hint={`Bỏ trống: ${row.population} theo danh bạ.`}
          error={issues.population}
        >
          {(c) => <NumberInput control={c} value={population} onChange={setPopulation} />}
        </Field>
      </div>
      <TextField name={id('note')} label="Ghi chú" value={note} onChange={setNote} error={issues.note} />
      <TextField
        name={id('title')}
        label="Tên văn bản minh chứng"
        value={title}
        onChange={setTitle}
        error={issues['evidence.title']}
        required
      />
      {file ? (
        <p>
          Tệp minh chứng: <strong>{file.fileName}</strong>
        </p>
      ) : (
        <p class="meta">Chưa có tệp minh chứng.</p>
      )}
      {issues['evidence.fileRef'] ? <span class="field-error">{issues['evidence.fileRef']}</span> : null}
      <FileDrop
        target={{ base: `/units/${encodeURIComponent(unitId)}`, kind: 'achievement_evidence' }}
        label={`Tệp minh chứng của ${row.unitName ?? unitId}`}
        onUploaded={(f) => setFile({ fileRef: f.fileRef, fileName: f.fileName })}
      />
      <ApiErrorNotice error={error} />
      <div class="actions">
        <button type="button" class="btn btn-primary" onClick={() => void save()}>
          {row.report ? 'Cập nhật báo cáo' : 'Gửi báo cáo'}
        </button>
      </div>
    </fieldset>
  );
}
