import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, Select } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FILING_ROUTES, isActType, termRuleFor, type ActType } from '../api/act-types';
import { labelOf, useCatalog, type Catalog } from '../api/catalog';
import { api, ApiProblem, type Problem, type Schemas, unwrap } from '../api/client';
import { citationText } from '../components/article';
import { FormSelect } from '../components/FormSelect';
import { Page } from '../components/Page';
import { ProblemAlert, refusalText } from '../components/ProblemAlert';
import { QueryState } from '../components/QueryState';
import NotFound from './NotFound';

/** The choice a type requires beside title and addressee, with the catalog list its options come from. */
const REQUIRED_CHOICE: Partial<Record<ActType, { field: string; options: (catalog: Catalog) => Array<{ code: string; label: string }> }>> = {
  PROTEST: { field: 'target', options: (catalog) => catalog.targetKinds },
  RESOLUTION: { field: 'kind', options: (catalog) => catalog.resolutionKinds },
  INADMISSIBILITY_EXPLANATION: { field: 'form', options: (catalog) => catalog.explanationForms },
};
/** An order needs its grounds, norms and measures as lists: filed through the API until its form is built. */
const NOT_BUILT: ActType[] = ['ORDER'];

type Values = Record<string, string | number | null | undefined>;
const TEXT_FIELDS = ['textLanguage', 'facts', 'violatedNorms', 'demands'];
const lines = (value: unknown) =>
  String(value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The filing body: the act's text (facts, violated norms and demands, one per line) under its language, the rest as entered. */
function toBody(values: Values, caseId: string): Record<string, unknown> {
  const body: Record<string, unknown> = { caseId };
  for (const [name, value] of Object.entries(values)) {
    if (!TEXT_FIELDS.includes(name) && value !== undefined && value !== null && value !== '') body[name] = value;
  }
  const parts = { facts: String(values.facts ?? '').trim(), violatedNorms: lines(values.violatedNorms), demands: lines(values.demands) };
  if (parts.facts || parts.violatedNorms.length || parts.demands.length) body.text = { [String(values.textLanguage ?? 'kk')]: parts };
  return body;
}

/** What the form edits: a new act of `type` in a case, or a draft (its version for If-Match). */
type Subject = { caseId: string; caseLabel: string | null; type: ActType; initial: Values; draft?: { id: string; version: number } };

/** A draft's fields as the form holds them (its text under its first language, lists one per line). */
function draftValues(act: Schemas['ActDetail']): Values {
  const language = act.text.kk ? 'kk' : act.text.ru ? 'ru' : undefined;
  const parts = language ? act.text[language] : undefined;
  const attributes = act.attributes as Record<string, unknown>;
  const picked = Object.fromEntries(['target', 'termDays', 'kind', 'form'].filter((name) => attributes[name] !== undefined && attributes[name] !== null).map((name) => [name, attributes[name] as string | number]));
  return {
    title: act.title,
    addresseeName: act.addresseeName,
    targetDescription: act.targetDescription ?? undefined,
    ...picked,
    ...(language ? { textLanguage: language } : {}),
    facts: parts?.facts,
    violatedNorms: parts?.violatedNorms?.join('\n'),
    demands: parts?.demands?.join('\n'),
  };
}

/** A field error's form field: `text.kk.demands` is the demands box. */
const formField = (field: string) => field.replace(/^text\.(kk|ru)\./, '');

/** The statutory bound beside the term field, e.g. "not less than 10 calendar days — art. 19.3". */
function boundText(rule: Schemas['TermRule'], t: TFunction): string {
  const bound = (b: Schemas['TermBound'], key: 'min' | 'max') =>
    `${t(key === 'min' ? 'file.bound' : 'file.boundMax', { [key]: `${b.count} ${t(`file.unit_${b.unit ?? rule.unit}`)}` })} — ${citationText(t, b.citation)}`;
  return [rule.setBy.min && bound(rule.setBy.min, 'min'), rule.setBy.max && bound(rule.setBy.max, 'max')].filter(Boolean).join('; ');
}

export default function FileAct() {
  const { t, i18n } = useTranslation();
  // /cases/:id/file/:type files a new act; /acts/:actId/edit corrects a draft (PATCH, If-Match).
  const { id = '', type: typeParam, actId } = useParams();
  const editing = actId !== undefined;
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const queryClient = useQueryClient();
  const catalog = useCatalog();
  const caseQuery = useQuery({ queryKey: ['case', id], queryFn: async () => unwrap(await api.GET('/api/v1/cases/{id}', { params: { path: { id } } })), enabled: !editing });
  const actQuery = useQuery({ queryKey: ['act', actId], queryFn: async () => unwrap(await api.GET('/api/v1/acts/{id}', { params: { path: { id: actId ?? '' } } })), enabled: editing });
  const subjectOf = (): Subject | undefined => {
    if (editing) {
      const act = actQuery.data;
      return act && { caseId: act.caseId, caseLabel: null, type: act.type, initial: draftValues(act), draft: { id: act.id, version: act.version } };
    }
    const kase = caseQuery.data;
    return kase && isActType(typeParam) ? { caseId: kase.id, caseLabel: `${kase.number} — ${kase.subject}`, type: typeParam, initial: { addresseeName: kase.addresseeName } } : undefined;
  };
  const source = editing ? actQuery : caseQuery;
  const subjectQuery = { data: subjectOf(), error: source.error, isPending: source.isPending, refetch: source.refetch };
  const file = useMutation({
    mutationFn: async ({ subject, values }: { subject: Subject; values: Values }) => {
      const body = toBody(values, subject.caseId);
      if (subject.draft) {
        const { caseId: _caseId, ...revision } = body;
        return unwrap(
          await api.PATCH('/api/v1/acts/{id}', {
            params: { path: { id: subject.draft.id }, header: { 'If-Match': `"${subject.draft.version}"` } },
            body: revision as unknown as Schemas['ReviseProtestRequest'],
          }),
        );
      }
      // One generic call over the twelve filing routes: the body is this type's form, checked by the API.
      const path = `/api/v1/acts/${FILING_ROUTES[subject.type]}` as '/api/v1/acts/protests';
      return unwrap(await api.POST(path, { body: body as unknown as Schemas['FileProtestRequest'] }));
    },
    onSuccess: (act) => {
      queryClient.setQueryData(['act', act.id], act);
      navigate(`/acts/${act.id}`);
    },
    onError: (error) => {
      if (!(error instanceof ApiProblem)) return;
      setProblem(error.problem);
      const fields = new Set(Object.keys(form.getFieldsValue()));
      form.setFields(
        (error.problem.errors ?? [])
          .map((e) => ({ ...e, field: formField(e.field) }))
          .filter((e) => fields.has(e.field))
          .map((e) => ({ name: e.field, errors: [refusalText(catalog.data, e.code, error.problem.article, t)] })),
      );
    },
  });
  if (!editing && !isActType(typeParam)) return <NotFound />;
  return (
    <QueryState query={subjectQuery}>
      {(subject) => {
        const type = subject.type;
        const typeLabel = labelOf(catalog.data?.actTypes, type);
        const choice = REQUIRED_CHOICE[type];
        const rule = catalog.data ? termRuleFor(catalog.data, type) : null;
        const required = [{ required: true, message: t('signIn.required') }];
        return (
          <Page
            title={subject.draft ? `${t('act.edit')}: ${typeLabel}` : t('file.title', { type: typeLabel })}
            crumbs={[{ label: t('nav.cases'), to: '/cases' }, { label: t('act.case'), to: `/cases/${subject.caseId}` }, { label: typeLabel }]}
          >
            {NOT_BUILT.includes(type) ? (
              <Alert type="info" showIcon message={t('file.notSupported')} />
            ) : (
              <div style={{ maxWidth: 720 }}>
                {problem && <ProblemAlert problem={problem} catalog={catalog.data} formName="act" />}
                <Form<Values>
                  form={form}
                  name="act"
                  layout="vertical"
                  initialValues={{ textLanguage: i18n.language === 'ru' ? 'ru' : 'kk', ...subject.initial }}
                  onFinish={(values) => {
                    setProblem(null);
                    file.mutate({ subject, values });
                  }}
                >
                  {subject.caseLabel && (
                    <Form.Item label={t('file.caseLabel')}>
                      <Input value={subject.caseLabel} disabled aria-label={t('file.caseLabel')} />
                    </Form.Item>
                  )}
                  <Form.Item label={t('file.actTitle')} name="title" rules={required}>
                    <Input />
                  </Form.Item>
                  <Form.Item label={t('file.addressee')} name="addresseeName" rules={required}>
                    <Input />
                  </Form.Item>
                  {choice && catalog.data && (
                    <Form.Item label={t(`file.${choice.field}`)} name={choice.field} rules={required}>
                      <FormSelect options={choice.options(catalog.data).map((entry) => ({ value: entry.code, label: entry.label }))} />
                    </Form.Item>
                  )}
                  <Form.Item label={t('file.targetDescription')} name="targetDescription">
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  <Form.Item label={t('file.textLanguage')} name="textLanguage">
                    <Select
                      style={{ width: 200 }}
                      options={[
                        { value: 'kk', label: t('lang.kk') },
                        { value: 'ru', label: t('lang.ru') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item label={t('file.facts')} name="facts">
                    <Input.TextArea rows={4} />
                  </Form.Item>
                  <Form.Item label={t('file.violatedNorms')} name="violatedNorms" extra={t('file.onePerLine')}>
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  <Form.Item label={t('file.demands')} name="demands" extra={t('file.onePerLine')}>
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  {rule && (
                    <Form.Item label={t('file.termDays')} name="termDays" extra={<span data-testid="term-bound">{boundText(rule, t)}</span>} rules={rule.setBy.required ? required : []}>
                      <InputNumber min={1} style={{ width: 160 }} />
                    </Form.Item>
                  )}
                  <Button type="primary" htmlType="submit" loading={file.isPending}>
                    {t('file.saveDraft')}
                  </Button>
                </Form>
              </div>
            )}
          </Page>
        );
      }}
    </QueryState>
  );
}
