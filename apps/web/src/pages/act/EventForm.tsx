import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { FormSelect } from '../../components/FormSelect';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOf, type Catalog } from '../../api/catalog';
import { api, ApiProblem, type Problem, type Schemas, unwrap } from '../../api/client';
import { ProblemAlert, refusalText } from '../../components/ProblemAlert';
import { almatyInstant } from '../../format';

type Act = Schemas['ActDetail'];
type FieldRule = Schemas['PayloadFieldRule'];
type Values = Record<string, Dayjs | string | number | null | undefined>;

/** The event's payload as the API takes it: picked wall-clock times become Almaty instants. */
function toPayload(values: Values, fields: Record<string, FieldRule>): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(fields)) {
    const value = values[name];
    if (value === undefined || value === null || value === '') continue;
    if (rule.type === 'INSTANT') {
      const day = value as Dayjs;
      payload[name] = almatyInstant(day.year(), day.month() + 1, day.date(), day.hour(), day.minute());
    } else payload[name] = value;
  }
  return payload;
}

/** Every catalog list a CHOICE value may be labelled in. */
function choiceLabel(catalog: Catalog | undefined, value: string): string {
  const lists = catalog ? [catalog.resolutionKinds, catalog.bringByForceExemptions, catalog.submissionUrgencyGrounds, catalog.explanationForms, catalog.instructionSubjects, catalog.targetKinds] : [];
  for (const list of lists) {
    const found = list.find((entry) => entry.code === value);
    if (found) return found.label;
  }
  return value;
}

/**
 * One allowed event and its form, built from the catalog's payload rules (which fields, which
 * type, required or not). ISSUE is irreversible: it asks to check the act's details first
 * ("check your answers").
 */
export function EventForm({ act, event, catalog, onClose }: { act: Act; event: Schemas['ActEvent']; catalog: Catalog | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const entry = catalog?.events.find((candidate) => candidate.code === event);
  const fields = (entry?.payload ?? {}) as Record<string, FieldRule>;
  const fire = useMutation({
    mutationFn: async (values: Values) =>
      unwrap(
        await api.POST('/api/v1/acts/{id}/events', {
          params: { path: { id: act.id }, header: { 'If-Match': `"${act.version}"`, 'Idempotency-Key': crypto.randomUUID() } },
          body: { event, payload: toPayload(values, fields) },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(['act', act.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['me'] });
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiProblem)) return;
      setProblem(error.problem);
      const names = new Set(Object.keys(fields));
      form.setFields(
        (error.problem.errors ?? [])
          .map((e) => ({ ...e, field: e.field.replace(/^payload\./, '') }))
          .filter((e) => names.has(e.field))
          .map((e) => ({ name: e.field, errors: [refusalText(catalog, e.code, error.problem.article, t)] })),
      );
    },
  });
  const label = entry?.label ?? event;
  const isIssue = event === 'ISSUE';
  return (
    <Modal
      open
      title={isIssue ? t('act.confirmIssue') : label}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={640}
    >
      {problem && <ProblemAlert problem={problem} catalog={catalog} formName="event" />}
      {isIssue && (
        <>
          <Typography.Paragraph>{t('act.confirmIssueText')}</Typography.Paragraph>
          <Descriptions bordered size="small" column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('act.type')}>{labelOf(catalog?.actTypes, act.type)}</Descriptions.Item>
            <Descriptions.Item label={t('file.actTitle')}>{act.title}</Descriptions.Item>
            <Descriptions.Item label={t('act.addressee')}>{act.addresseeName}</Descriptions.Item>
            {typeof act.attributes.termDays === 'number' && <Descriptions.Item label={t('file.termDays')}>{String(act.attributes.termDays)}</Descriptions.Item>}
            <Descriptions.Item label={t('act.responsible')}>{act.responsible.fullName}</Descriptions.Item>
          </Descriptions>
        </>
      )}
      <Form<Values> form={form} name="event" layout="vertical" onFinish={(values) => fire.mutate(values)}>
        {Object.entries(fields).map(([name, rule]) => {
          const rules = rule.required ? [{ required: true, message: t('signIn.required') }] : [];
          return (
            <Form.Item key={name} name={name} label={t(`payload.${name}`)} rules={rules}>
              {rule.type === 'INSTANT' ? (
                <DatePicker showTime={{ format: 'HH:mm' }} format="DD.MM.YYYY HH:mm" needConfirm={false} style={{ width: 240 }} />
              ) : rule.type === 'COUNT' ? (
                <InputNumber min={0} />
              ) : rule.type === 'CHOICE' ? (
                <FormSelect options={(rule.values ?? []).map((value) => ({ value, label: choiceLabel(catalog, value) }))} />
              ) : (
                <Input.TextArea rows={3} />
              )}
            </Form.Item>
          );
        })}
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('act.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={fire.isPending} data-testid="fire-event">
            {isIssue ? t('act.issue') : t('act.fire')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
