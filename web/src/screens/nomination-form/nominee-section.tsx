import { LIMITS } from '../../../../shared/domain/forms/limits';
import { TASK_RATING_LABELS, TASK_RATINGS } from '../../../../shared/domain/vocabulary';
import type { PersonView } from '../../api/types';
import { sortByViName } from '../../lib/format';
import { Field } from '../../ui/field';
import { DateInput, dateMessage, NumberInput, Select, TextField, TextInput } from '../../ui/inputs';
import type { FormApi } from './form-api';

const RATING_OPTIONS = TASK_RATINGS.map((r) => ({ value: r, label: TASK_RATING_LABELS[r] }));

/** Who is proposed: a person of the unit (picked from its staff list, or typed) or a collective. */
export function NomineeSection({ form, people }: { form: FormApi; people: readonly PersonView[] }) {
  const nominee = form.values.nominee ?? {};
  const str = (key: string) => nominee[key] as string | undefined;
  const set = (key: string) => (value: unknown) => form.set(`nominee.${key}`, value);
  const err = (key: string) => form.error(`nominee.${key}`);
  if (form.values.subject === 'collective') {
    return (
      <fieldset disabled={form.disabled}>
        <legend>Tập thể được đề nghị</legend>
        <Field name="nominee.name" label="Tên tập thể" error={err('name')} required>
          {(c) => (
            <TextInput control={c} value={str('name')} onChange={set('name')} maxLength={LIMITS.unitName} />
          )}
        </Field>
        <Field
          name="nominee.parentUnitName"
          label="Thuộc cơ quan"
          hint="Như in trong danh sách kèm quyết định."
          error={err('parentUnitName')}
          required
        >
          {(c) => <TextInput control={c} value={str('parentUnitName')} onChange={set('parentUnitName')} />}
        </Field>
        <div class="grid-2">
          <Field name="nominee.memberCount" label="Tổng số thành viên" error={err('memberCount')} required>
            {(c) => (
              <NumberInput
                control={c}
                value={nominee.memberCount as number | undefined}
                onChange={set('memberCount')}
              />
            )}
          </Field>
          <Field name="nominee.femaleMemberCount" label="Số thành viên nữ" error={err('femaleMemberCount')}>
            {(c) => (
              <NumberInput
                control={c}
                value={nominee.femaleMemberCount as number | undefined}
                onChange={set('femaleMemberCount')}
              />
            )}
          </Field>
          <Field
            name="nominee.completingTaskCount"
            label="Số cá nhân hoàn thành nhiệm vụ trở lên"
            hint="Tập thể lao động xuất sắc cần 100 % cá nhân hoàn thành nhiệm vụ."
            error={err('completingTaskCount')}
          >
            {(c) => (
              <NumberInput
                control={c}
                value={nominee.completingTaskCount as number | undefined}
                onChange={set('completingTaskCount')}
              />
            )}
          </Field>
        </div>
        <Field name="nominee.taskRating" label="Xếp loại hoàn thành nhiệm vụ" error={err('taskRating')}>
          {(c) => (
            <Select
              control={c}
              value={str('taskRating') as never}
              onChange={set('taskRating')}
              options={RATING_OPTIONS}
              empty="— Chưa xếp loại —"
            />
          )}
        </Field>
      </fieldset>
    );
  }
  const pick = (personId: string | undefined) => {
    const person = people.find((p) => p.id === personId);
    form.set('nominee.personId', person?.id);
    if (!person) return;
    form.set('nominee.fullName', person.fullName);
    if (person.position) form.set('nominee.position', person.position);
    if (person.unitName) form.set('nominee.unitName', person.unitName);
  };
  return (
    <fieldset disabled={form.disabled}>
      <legend>Cá nhân được đề nghị</legend>
      {people.length > 0 ? (
        <Field
          name="nominee.personId"
          label="Chọn từ danh sách cán bộ của đơn vị"
          hint="Chọn để hệ thống đối chiếu quá trình khen thưởng các năm trước."
          error={err('personId')}
        >
          {(c) => (
            <Select
              control={c}
              value={str('personId')}
              onChange={pick}
              options={sortByViName(people, (p) => p.fullName).map((p) => ({
                value: p.id,
                label: `${p.fullName}${p.position ? ` – ${p.position}` : ''}`,
              }))}
              empty="— Người chưa có trong danh sách —"
            />
          )}
        </Field>
      ) : null}
      <div class="grid-2">
        <Field name="nominee.fullName" label="Họ và tên" error={err('fullName')} required>
          {(c) => (
            <TextInput
              control={c}
              value={str('fullName')}
              onChange={set('fullName')}
              maxLength={LIMITS.personName}
            />
          )}
        </Field>
        <TextField
          name="nominee.position"
          label="Chức vụ"
          hint="Ghi “Chuyên viên” nếu không giữ chức vụ."
          error={err('position')}
          required
          value={str('position')}
          onChange={set('position')}
          maxLength={LIMITS.position}
        />
      </div>
      <Field name="nominee.unitName" label="Đơn vị công tác" error={err('unitName')} required>
        {(c) => (
          <TextInput
            control={c}
            value={str('unitName')}
            onChange={set('unitName')}
            maxLength={LIMITS.unitName}
          />
        )}
      </Field>
      <div class="check">
        <input
          id="f-nominee-holdsLeadershipPost"
          type="checkbox"
          checked={nominee.holdsLeadershipPost === true}
          onChange={(e) => form.set('nominee.holdsLeadershipPost', e.currentTarget.checked)}
        />
        <label for="f-nominee-holdsLeadershipPost">Giữ chức vụ lãnh đạo, quản lý</label>
      </div>
      {err('holdsLeadershipPost') ? <span class="field-error">{err('holdsLeadershipPost')}</span> : null}
      <div class="grid-2">
        <Field name="nominee.taskRating" label="Xếp loại chất lượng năm" error={err('taskRating')}>
          {(c) => (
            <Select
              control={c}
              value={str('taskRating') as never}
              onChange={set('taskRating')}
              options={RATING_OPTIONS}
              empty="— Chưa xếp loại —"
            />
          )}
        </Field>
        <Field
          name="nominee.employedSince"
          label="Ngày bắt đầu công tác"
          hint="dd/mm/yyyy"
          error={dateMessage(err('employedSince'))}
        >
          {(c) => <DateInput control={c} value={str('employedSince')} onChange={set('employedSince')} />}
        </Field>
        <Field
          name="nominee.gender"
          label="Giới tính"
          hint="Chỉ dùng để ưu tiên nữ khi bằng điểm."
          error={err('gender')}
        >
          {(c) => (
            <Select
              control={c}
              value={str('gender') as never}
              onChange={set('gender')}
              options={[
                { value: 'female', label: 'Nữ' },
                { value: 'male', label: 'Nam' },
              ]}
              empty="— Không ghi —"
            />
          )}
        </Field>
        <Field name="nominee.email" label="Email nhận thông báo" error={err('email')}>
          {(c) => (
            <TextInput control={c} value={str('email')} onChange={set('email')} maxLength={LIMITS.email} />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
